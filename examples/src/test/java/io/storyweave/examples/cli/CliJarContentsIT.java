package io.storyweave.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shaded command-line jar carries besides code: one Apache License (StoryWeave's), the
 * other licences of bundled code and data, one NOTICE merged from StoryWeave's and the
 * dependencies', the WordNet data the child-safety checks need, and one synchronous HTTP stack.
 */
class CliJarContentsIT {
    private static final Path JAR = Path.of(System.getProperty("storyweave.cli.jar", "target/storyweave.jar"));
    private static final Path ROOT = Path.of(System.getProperty("storyweave.root", ".."));

    @Test
    void carriesStoryWeavesLicenceTheOtherLicencesAndOneMergedNotice() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(read(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(ROOT.resolve("LICENSE")));
            for (String licence : List.of("WordNet-3.1.txt", "langid-java-BSD-2-Clause.txt", "slf4j-MIT.txt")) {
                assertThat(read(jar, "META-INF/licenses/" + licence)).as(licence)
                        .isEqualTo(Files.readString(ROOT.resolve("licenses").resolve(licence)));
            }
            String notice = read(jar, "META-INF/NOTICE");
            assertThat(notice).startsWith("\nStoryWeave\nCopyright 2026 The StoryWeave Authors\n")
                    .contains("WordNet 3.1 Copyright 2006 by Princeton University.", "Carrot Search s.c.",
                            "AWS SDK for Java 2.0", "Apache HttpClient", "Jackson JSON processor");
            assertThat(jar.getEntry("META-INF/NOTICE.txt")).as("merged into META-INF/NOTICE").isNull();
        }
    }

    @Test
    void carriesTheWordNetDataAndOneSynchronousHttpStack() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(jar.getEntry("io/storyweave/internal/safety/wordnet/wordnet-3.1.lexicon.gz")).isNotNull();
            assertThat(jar.getEntry("net/sf/extjwnl/data/wordnet/wn31/data.noun")).as("WordNet's text files").isNull();
            assertThat(jar.getEntry("net/sf/extjwnl/dictionary/Dictionary.class")).as("extJWNL, a test dependency").isNull();
            assertThat(jar.getEntry("software/amazon/awssdk/http/apache5/Apache5HttpClient.class")).isNotNull();
            assertThat(jar.getEntry("software/amazon/awssdk/http/nio/netty/NettyNioAsyncHttpClient.class")).isNotNull();
            List<String> secondStack = List.of("org/apache/http/", "org/apache/commons/logging/",
                    "org/apache/commons/httpclient/", "okhttp3/", "com/squareup/okhttp/",
                    "software/amazon/awssdk/http/apache/", "software/amazon/awssdk/http/urlconnection/",
                    "software/amazon/awssdk/http/crt/");
            assertThat(jar.stream().map(ZipEntry::getName))
                    .noneMatch(name -> secondStack.stream().anyMatch(name::startsWith));
        }
    }

    private static String read(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
