package io.storyweave.internal.cache;

import io.storyweave.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SavedStoryIdsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T00:00:00Z"));
    private final SavedStoryIds ids = new SavedStoryIds(clock);

    @Test
    void aSavedIdIsRememberedForTenMinutesAndThenSavedAgain() {
        ids.saved("story-1");
        clock.advance(SavedStoryIds.REMEMBERED_FOR.minusSeconds(1));
        assertThat(ids.recentlySaved("story-1")).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(ids.recentlySaved("story-1")).isFalse();
        assertThat(ids.recentlySaved("never-saved")).isFalse();
    }

    @Test
    void aDeletedIdIsForgottenAtOnce() {
        ids.saved("story-1");
        ids.deleted("story-1");

        assertThat(ids.recentlySaved("story-1")).isFalse();
    }

    @Test
    void itHoldsAtMostAThousandIdsAndKeepsTheLatest() {
        for (int i = 0; i < 5_000; i++) {
            ids.saved("story-" + i);
        }

        assertThat(ids.recentlySaved("story-4999")).isTrue();
        assertThat(ids.recentlySaved("story-4500")).isTrue();
        assertThat(ids.recentlySaved("story-0")).isFalse();
        long remembered = java.util.stream.IntStream.range(0, 5_000).filter(i -> ids.recentlySaved("story-" + i)).count();
        assertThat(remembered).isBetween(500L, 1_000L);
    }
}
