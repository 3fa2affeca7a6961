package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProfilesAndLibraryTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final MemoryStoryStore store = new MemoryStoryStore();
    private final StoryWeave sw = StoryWeave.builder().provider(model).store(store).build();

    @AfterEach
    void close() {
        sw.close();
    }

    private ChildProfile mia() {
        return ChildProfile.builder().displayName("Mia").age(7).neurotypes(Neurotype.ADHD, Neurotype.ANXIETY)
                .interests(List.of("rockets")).topicsToAvoid(List.of("spiders")).anxietyStyle(AnxietyStyle.COPING).build();
    }

    @Test
    void aCreatedProfileStartsAtVersionOneAndReadsBack() {
        ChildProfile created = sw.profiles().create(mia());

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isNotNull();
        assertThat(sw.profiles().get(created.id())).contains(created);
    }

    @Test
    void creatingTheSameIdTwiceIsAConflictAndKeepsTheFirst() {
        ChildProfile created = sw.profiles().create(mia());

        assertThatThrownBy(() -> sw.profiles().create(created.toBuilder().displayName("Other").build()))
                .isInstanceOf(ConflictException.class).hasMessageContaining(created.id());
        assertThat(sw.profiles().get(created.id()).orElseThrow().displayName()).isEqualTo("Mia");
    }

    @Test
    void aStaleUpdateFailsWithAConflictAndLosesNothing() {
        ChildProfile v1 = sw.profiles().create(mia());
        ChildProfile v2 = sw.profiles().update(v1.toBuilder().age(8).build());

        assertThatThrownBy(() -> sw.profiles().update(v1.toBuilder().interests(List.of("trains")).build()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        ChildProfile stored = sw.profiles().get(v1.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.age()).isEqualTo(8);
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void aStoryForAProfileTakesItsNeedsAndNameAndLandsInItsLibrary() {
        ChildProfile profile = sw.profiles().create(mia());

        Story story = sw.createStory(profile.id(), StoryOptions.of("the moon", 3));

        assertThat(story.text()).contains("Mia");
        assertThat(story.request().neurotypes()).containsExactly(Neurotype.ADHD, Neurotype.ANXIETY);
        assertThat(story.request().topicsToAvoid()).containsExactly("spiders");
        assertThat(model.lastRequest().userPrompt()).contains("spiders").contains("coping step").doesNotContain("Mia");
        assertThat(sw.stories().get(story.id())).contains(story);
        assertThat(sw.stories().listByProfile(profile.id(), 10, null).items()).containsExactly(story);
    }

    @Test
    void aMissingProfileIsAClearError() {
        assertThatThrownBy(() -> sw.createStory("no-such-profile", StoryOptions.of("moon", 2)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-profile");
        assertThat(model.calls()).isZero();
    }

    @Test
    void storiesAreListedNewestFirstAcrossPages() {
        MutableClock clock = new MutableClock();
        MemoryStoryStore timed = new MemoryStoryStore(clock);
        try (StoryWeave timedClient = StoryWeave.builder().provider(model).store(timed).clock(clock).build()) {
            ChildProfile profile = timedClient.profiles().create(mia());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofMinutes(1));
                ids.add(timedClient.createStory(profile.id(), StoryOptions.of("theme " + i, 1)).id());
            }

            ResultPage<Story> first = timedClient.stories().listByProfile(profile.id(), 2, null);
            ResultPage<Story> second = timedClient.stories().listByProfile(profile.id(), 2, first.nextPageToken());
            ResultPage<Story> third = timedClient.stories().listByProfile(profile.id(), 2, second.nextPageToken());

            List<String> listed = new ArrayList<>();
            List.of(first, second, third).forEach(p -> p.items().forEach(s -> listed.add(s.id())));
            assertThat(listed).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
            assertThat(third.hasMore()).isFalse();
        }
    }

    @Test
    void deletingAProfileDeletesItsStories() {
        ChildProfile profile = sw.profiles().create(mia());
        Story story = sw.createStory(profile.id(), StoryOptions.of("moon", 1));

        assertThat(sw.profiles().delete(profile.id())).isTrue();

        assertThat(sw.profiles().get(profile.id())).isEmpty();
        assertThat(sw.stories().get(story.id())).isEmpty();
        assertThat(sw.profiles().delete(profile.id())).isFalse();
    }

    @Test
    void aProfileDeletedWhileItsStoryIsWrittenGetsNoStoryAndTheCallerKeepsThePaidOne() {
        ChildProfile profile = sw.profiles().create(mia());
        model.thenRun(() -> sw.profiles().delete(profile.id()));

        StorageException failure = catchThrowableOfType(StorageException.class,
                () -> sw.createStory(profile.id(), StoryOptions.of("the moon", 2)));

        assertThat(failure.unsavedStory()).isPresent();
        assertThat(failure).hasCauseInstanceOf(ConflictException.class);
        assertThat(failure.getMessage()).contains("Profile " + profile.id()).contains("being deleted")
                .contains("unsavedStory()");
        assertThat(sw.stories().get(failure.unsavedStory().get().id())).isEmpty();
        // A new child who gets the same id starts with an empty library.
        sw.profiles().create(ChildProfile.builder().id(profile.id()).displayName("Leo").age(5).build());
        assertThat(sw.stories().listByProfile(profile.id(), 10, null).items()).isEmpty();
    }

    @Test
    void storiesWrittenWhileTheirProfileIsDeletedNeverSurviveTheDelete() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                ChildProfile profile = sw.profiles().create(mia());
                Story story = sw.createStory(profile.id(), StoryOptions.of("race " + round, 1));
                Story another = story.toBuilder().id(story.id() + "-again").build();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> delete = pool.submit(() -> {
                    together.await();
                    return store.deleteProfile(profile.id());
                });
                Future<?> write = pool.submit(() -> {
                    together.await();
                    try {
                        store.putStory(another);
                    } catch (ConflictException lostTheRace) {
                        // Expected when the delete came first.
                    }
                    return null;
                });
                delete.get();
                write.get();

                assertThat(store.getStory(another.id())).as("round %d", round).isEmpty();
                assertThat(store.getStory(story.id())).as("round %d", round).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestForAProfileThatDoesNotExistFailsBeforeAnyModelCall() {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("moon").pages(1)
                .profileId("no-such-profile").build();

        assertThatThrownBy(() -> sw.createStory(request)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-profile");
        assertThat(model.calls()).isZero();
    }

    @Test
    void profilesAreListedAcrossPages() {
        for (int i = 0; i < 5; i++) {
            sw.profiles().create(mia());
        }
        ResultPage<ChildProfile> first = sw.profiles().list(3, null);
        ResultPage<ChildProfile> second = sw.profiles().list(3, first.nextPageToken());

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void theQualityReportIsStoredWithTheStory() {
        ChildProfile profile = sw.profiles().create(mia());
        Story story = sw.createStory(profile.id(), StoryOptions.of("moon", 2));

        QualityReport stored = sw.stories().get(story.id()).orElseThrow().quality();

        assertThat(stored).isEqualTo(story.quality());
        assertThat(stored.checks()).extracting(QualityCheck::name).contains("coping-step", "topics-to-avoid", "reader-question");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
