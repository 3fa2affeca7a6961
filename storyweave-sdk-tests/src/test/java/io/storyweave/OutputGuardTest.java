package io.storyweave;

import io.storyweave.spi.GuardVerdict;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider's output guard runs on each accepted story, unless the provider says it has none. */
class OutputGuardTest {
    @Test
    void aProviderThatOverridesOnlyGuardOutputIsAskedAboutEveryStory() {
        List<String> guarded = new CopyOnWriteArrayList<>();
        DelegatingProvider guarding = new DelegatingProvider(new ScriptedModelProvider().thenValidStory()) {
            @Override
            public Optional<GuardVerdict> guardOutput(String text) {
                guarded.add(text);
                return Optional.of(GuardVerdict.passed("test guard", 3));
            }
        };
        Story story;
        try (StoryWeave sw = StoryWeave.builder().provider(guarding).store("memory").review(ReviewOptions.off()).build()) {
            story = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 3);
        }

        // The title and the three pages, each after a blank line.
        assertThat(guarded).singleElement().satisfies(text -> assertThat(text.split("\n\n")).hasSize(4));
        assertThat(story.quality().checks()).filteredOn(c -> c.layer() == QualityCheck.Layer.GUARD).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void aProviderWithoutAnOutputGuardIsNotAskedAndNoGuardCheckIsReported() {
        DelegatingProvider unguarded = new DelegatingProvider(new ScriptedModelProvider().thenValidStory()) {
            @Override
            public boolean guardsOutput() {
                return false;
            }

            @Override
            public Optional<GuardVerdict> guardOutput(String text) {
                throw new AssertionError("a provider without an output guard was asked to guard a story");
            }
        };
        Story story;
        try (StoryWeave sw = StoryWeave.builder().provider(unguarded).store("memory").review(ReviewOptions.off()).build()) {
            story = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 3);
        }

        assertThat(story.pages()).hasSize(3);
        assertThat(story.quality().checks()).noneMatch(c -> c.layer() == QualityCheck.Layer.GUARD)
                .allMatch(QualityCheck::passed);
    }
}
