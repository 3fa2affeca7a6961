package io.storyweave.internal.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Which version of the local checks this StoryWeave runs: a fingerprint of their code and rules,
 * recorded with every story they accept ({@link io.storyweave.QualityReport#checkedBy()}), so that a
 * story another version accepted (an older StoryWeave sharing the cache, or one before an upgrade) is
 * checked again before it is shown, and one this version accepted is not checked twice.
 *
 * <p>It is read from {@value #RESOURCE}, not worked out at run time: hashing the rules and the
 * lexicon would cost every client's first story some milliseconds. The test
 * {@code ChecksFingerprintTest} works it out from the sources of the checks, their rule files and the
 * lexicon, and fails, naming the new value, when the file no longer matches them.
 */
public final class ChecksFingerprint {
    static final String RESOURCE = "/io/storyweave/internal/quality/checks-fingerprint.txt";

    private ChecksFingerprint() {
    }

    /** @return the fingerprint of the checks in this jar, e.g. {@code checks-0123456789abcdef} */
    public static String current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final String CURRENT = read();

        private static String read() {
            try (InputStream in = ChecksFingerprint.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from StoryWeave's jar; rebuild it");
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }
}
