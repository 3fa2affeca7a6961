package io.storyweave.internal.safety;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks' word sets: unmodifiable, never failing on a word WordNet has no kind for, and strict about duplicates. */
class LookupSetTest {
    @Test
    void setsOfAnySizeAnswerForNullInsteadOfThrowing() {
        for (List<String> words : List.of(List.<String>of(), List.of("rock"), List.of("rock", "stone"))) {
            assertThat(LookupSet.copyOf(words).contains(null)).as(words.toString()).isFalse();
            assertThat(LookupSet.copyOf(words)).containsExactlyInAnyOrderElementsOf(words);
        }
    }

    @Test
    void theyCannotBeChangedAndAWordListedTwiceIsAMistake() {
        assertThatThrownBy(() -> LookupSet.copyOf(List.of("a", "b")).add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LookupSet.of("a", "b", "a")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
