package io.storyweave.internal.quality;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksFingerprintTest {
    /** What decides whether a draft is accepted locally: the checks' code, their rules, the lexicon. */
    private static final List<String> SOURCES = List.of(
            "src/main/java/io/storyweave/internal/quality",
            "src/main/java/io/storyweave/internal/rules",
            "src/main/java/io/storyweave/internal/safety",
            "src/main/resources/io/storyweave/internal/rules",
            "src/main/resources/io/storyweave/internal/safety");

    @Test
    void theRecordedFingerprintIsThatOfTheChecksCodeRulesAndLexicon() throws Exception {
        String worked = "checks-" + fingerprint();

        assertThat(ChecksFingerprint.current())
                .as("the checks' code or rules changed: write %s into storyweave-sdk/src/main/resources%s, so that"
                        + " stories the previous checks accepted are checked again", worked, ChecksFingerprint.RESOURCE)
                .isEqualTo(worked);
    }

    @Test
    void aChangeToAnyRuleFileChangesTheFingerprint() throws Exception {
        Path rules = Path.of("src/main/resources/io/storyweave/internal/safety");
        assertThat(digest(files(), path -> path.getFileName().toString().equals("calm.txt") ? "x".getBytes() : null))
                .isNotEqualTo(digest(files(), path -> null));
        assertThat(files()).anyMatch(path -> path.startsWith(rules) && path.getFileName().toString().equals("calm.txt"));
    }

    @Test
    void lineEndingsDoNotChangeIt() throws Exception {
        assertThat(normalised("a\r\nb\n".getBytes(StandardCharsets.UTF_8), "x.txt"))
                .isEqualTo(normalised("a\nb\n".getBytes(StandardCharsets.UTF_8), "x.txt"));
    }

    private static String fingerprint() throws IOException {
        return digest(files(), path -> null);
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : SOURCES) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        // Paths with '/' and in one order on every system.
        files.sort((a, b) -> slashed(a).compareTo(slashed(b)));
        return files;
    }

    private interface Replacement {
        byte[] bytes(Path path);
    }

    private static String digest(List<Path> files, Replacement replacement) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                byte[] replaced = replacement.bytes(file);
                byte[] bytes = normalised(replaced != null ? replaced : Files.readAllBytes(file), file.toString());
                sha.update(slashed(file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checkout on Windows may turn "\n" into "\r\n" in text files; that is no change to the checks. */
    private static byte[] normalised(byte[] bytes, String name) {
        if (name.endsWith(".gz")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
