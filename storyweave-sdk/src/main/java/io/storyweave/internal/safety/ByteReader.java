package io.storyweave.internal.safety;

import java.nio.charset.StandardCharsets;

/**
 * Reads the compact files this package ships (WordNet's {@link Lexicon}, {@link CompiledRules}) straight from their
 * bytes: variable-length numbers, fixed-width ones and UTF-8 strings, with no stream call per number in a JVM that
 * is still interpreting.
 */
final class ByteReader {
    private final byte[] data;
    private int at;

    ByteReader(byte[] data) {
        this.data = data;
    }

    /** @return a number written in 7-bit groups, lowest first, the top bit set on every group but the last */
    int number() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = data[at++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** @return four bytes, highest first */
    int fixedInt() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | data[at++] & 0xFF;
        }
        return value;
    }

    /** @return eight bytes, highest first */
    long fixedLong() {
        return (long) fixedInt() << 32 | fixedInt() & 0xFFFFFFFFL;
    }

    /** @return a string written as its length in bytes ({@link #number}) and its UTF-8 bytes */
    String string() {
        return string(number());
    }

    /** @return the next {@code length} bytes as UTF-8 */
    String string(int length) {
        String text = new String(data, at, length, StandardCharsets.UTF_8);
        at += length;
        return text;
    }

    void bytes(byte[] into, int offset, int length) {
        System.arraycopy(data, at, into, offset, length);
        at += length;
    }

    boolean atEnd() {
        return at == data.length;
    }

    int remaining() {
        return data.length - at;
    }
}
