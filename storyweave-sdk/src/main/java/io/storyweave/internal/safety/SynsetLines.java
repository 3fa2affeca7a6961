package io.storyweave.internal.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A WordNet data file (Princeton format) held in memory, each synset read straight from its line: a synset's
 * offset is the position of its line in the file, and the line is
 * {@code offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)... | gloss}.
 */
final class SynsetLines {
    private final byte[] data;

    private SynsetLines(byte[] data) {
        this.data = data;
    }

    /** @param resource the data file on the class path; the open dictionary's copy of it when there is one */
    static SynsetLines read(String resource) {
        byte[] held = WordNetResourceFile.openNounData(resource);
        if (held != null) {
            return new SynsetLines(held);
        }
        try (InputStream in = SynsetLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new SynsetLines(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * @param offset a synset offset
     * @return its line
     * @throws IllegalArgumentException when no synset starts there
     */
    Line line(long offset) {
        if (offset < 0 || offset >= data.length || (offset > 0 && data[(int) offset - 1] != '\n')) {
            throw new IllegalArgumentException("no WordNet synset at offset " + offset);
        }
        return new Line((int) offset);
    }

    /** One synset's line, read field by field from its start. */
    final class Line {
        private int at;

        private Line(int start) {
            this.at = start;
            String offset = token();
            if (Long.parseLong(offset) != start) {
                throw new IllegalArgumentException("no WordNet synset at offset " + start + " (found " + offset + ")");
            }
            token(); // lex_filenum
            token(); // ss_type
        }

        /** Hands every word of the synset, as written (underscores for spaces), to {@code each}. */
        void words(Consumer<String> each) {
            int count = Integer.parseInt(token(), 16);
            for (int i = 0; i < count; i++) {
                each.accept(token());
                token(); // lex_id
            }
        }

        /** Hands the target offset of every pointer with exactly this symbol to {@code each}. */
        void pointers(String symbol, LongConsumer each) {
            words(word -> { });
            int count = Integer.parseInt(token());
            for (int i = 0; i < count; i++) {
                String pointer = token();
                String target = token();
                token(); // pos
                token(); // source/target
                if (pointer.equals(symbol)) {
                    each.accept(Long.parseLong(target));
                }
            }
        }

        private String token() {
            int start = at;
            while (data[at] != ' ' && data[at] != '\n') {
                at++;
            }
            String token = new String(data, start, at - start, StandardCharsets.ISO_8859_1);
            if (data[at] == ' ') {
                at++;
            }
            return token;
        }
    }
}
