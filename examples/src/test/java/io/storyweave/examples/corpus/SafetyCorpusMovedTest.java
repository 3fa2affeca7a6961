package io.storyweave.examples.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyCorpusMovedTest {
    @Test
    void theOldCommandNamesTheJarTheCorpusMovedTo() {
        String jar = "safety-corpus/target/safety-corpus.jar";
        assertThat(SafetyCorpus.MOVED).contains(jar).contains("-pl safety-corpus");
        // The module it names exists beside this one.
        assertThat(Files.isRegularFile(Path.of("..", "safety-corpus", "pom.xml"))).isTrue();
    }
}
