package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.testing.ManualClock;
import io.storyweave.testing.ScriptedModelProvider;
import io.storyweave.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.storyweave.testing.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store keeps a bounded number of stories and cache entries, so a service does not grow without end. */
class MemoryStoreBoundsTest {
    private final ManualClock clock = new ManualClock(T0);

    @Test
    void pastItsLimitTheOldestWrittenStoryGoesFirst() {
        MemoryStoryStore store = new MemoryStoryStore(clock, 3, 10);
        for (int i = 1; i <= 4; i++) {
            store.putStory(StoreFixtures.story("s" + i, null, T0.plusSeconds(i)));
        }

        assertThat(store.getStory("s1")).isEmpty();
        assertThat(store.getStory("s2")).isPresent();
        assertThat(store.getStory("s4")).isPresent();
    }

    @Test
    void rewritingAStoryMakesItTheNewestSoItIsNotTheNextToGo() {
        MemoryStoryStore store = new MemoryStoryStore(clock, 2, 10);
        store.putStory(StoreFixtures.story("a", null, T0));
        store.putStory(StoreFixtures.story("b", null, T0));
        store.putStory(StoreFixtures.story("a", null, T0));

        store.putStory(StoreFixtures.story("c", null, T0));

        assertThat(store.getStory("a")).isPresent();
        assertThat(store.getStory("b")).isEmpty();
    }

    @Test
    void aProfileLibraryListsOnlyWhatIsStillKept() {
        MemoryStoryStore store = new MemoryStoryStore(clock, 2, 10);
        store.createProfile(StoreFixtures.profile("p1"));
        for (int i = 1; i <= 3; i++) {
            store.putStory(StoreFixtures.story("s" + i, "p1", T0.plusSeconds(i)));
        }

        assertThat(store.listStories("p1", 10, null).items()).extracting(Story::id).containsExactly("s3", "s2");
    }

    @Test
    void theSharedCacheHoldsAtMostItsLimit() {
        MemoryStoryStore store = new MemoryStoryStore(clock, 10, 5);
        for (int i = 0; i < 50; i++) {
            store.putCachedStory("k" + i, StoreFixtures.story("s" + i, null, T0), Duration.ofDays(7));
        }

        long held = java.util.stream.IntStream.range(0, 50)
                .filter(i -> store.getCachedStory("k" + i).isPresent()).count();
        assertThat(held).isLessThanOrEqualTo(5);
    }

    @Test
    void anExpiredCacheEntryIsNotServed() {
        MemoryStoryStore store = new MemoryStoryStore(clock, 10, 5);
        store.putCachedStory("k", StoreFixtures.story("s", null, T0), Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(2));

        assertThat(store.getCachedStory("k")).isEmpty();
    }

    @Test
    void aLimitBelowOneIsAConfigurationErrorNamingTheValue() {
        assertThatThrownBy(() -> new MemoryStoryStore(clock, 0, 10))
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("maxStories=0");
    }

    @Test
    void theLimitIsASettingOfTheMemoryStore() {
        ScriptedModelProvider model = new ScriptedModelProvider();
        try (StoryWeave sw = StoryWeave.builder().provider(model).store("memory")
                .property("storyweave.memory.maxStories", "2").build()) {
            Story first = sw.createStory(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 3));
            sw.createStory(StoryRequest.of(Neurotype.ADHD, 7, "sea", List.of(), 3));
            sw.createStory(StoryRequest.of(Neurotype.ADHD, 7, "woods", List.of(), 3));

            assertThat(sw.stories().get(first.id())).isEmpty();
        }
    }
}
