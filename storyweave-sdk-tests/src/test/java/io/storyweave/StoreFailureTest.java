package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreFailureTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final AtomicInteger writeAttempts = new AtomicInteger();
    private final MemoryStoryStore real = new MemoryStoryStore();

    /** The memory store, except that every call fails while {@code storeDown} is set. */
    private StoryStore flakyStore() {
        Set<String> writes = Set.of("putStory", "putCachedStory");
        return InterceptedStore.wrap(real, method -> {
            if (writes.contains(method)) {
                writeAttempts.incrementAndGet();
            }
            if (storeDown.get() && !method.equals("name") && !method.equals("close")) {
                throw new IllegalStateException("connection refused: 127.0.0.1:8000");
            }
        });
    }

    /** The memory store, except that saving a story fails while {@code libraryDown} is set. */
    private StoryWeave clientWhoseLibraryFailsWhile(AtomicBoolean libraryDown) {
        StoryStore store = InterceptedStore.wrap(real, method -> {
            if (libraryDown.get() && method.equals("putStory")) {
                throw new IllegalStateException("connection refused: 127.0.0.1:8000");
            }
        });
        return StoryWeave.builder().provider(model).store(store)
                .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).storeWriteAttempts(2).build()).build();
    }

    private StoryWeave client() {
        return StoryWeave.builder().provider(model).store(flakyStore())
                .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).storeWriteAttempts(3).build()).build();
    }

    @Test
    void aStoreThatStaysDownAfterAPaidCallGivesTheStoryBackInTheException() {
        try (StoryWeave sw = client()) {
            storeDown.set(true);
            StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2);

            assertThatThrownBy(() -> sw.createStory(request))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.unsavedStory()).isPresent();
                        assertThat(e.unsavedStory().get().pages()).hasSize(2);
                        assertThat(e.getMessage()).contains("connection refused").contains("unsavedStory()");
                    });
            assertThat(writeAttempts.get()).isEqualTo(3);

            // The paid story is still served locally, with no second model call.
            Story again = sw.createStory(request);
            assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
            assertThat(model.calls()).isEqualTo(1);
        }
    }

    @Test
    void aProfileStoryServedFromTheCacheThatCannotBeSavedComesBackInTheException() {
        AtomicBoolean libraryDown = new AtomicBoolean();
        try (StoryWeave sw = clientWhoseLibraryFailsWhile(libraryDown)) {
            ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                    .neurotypes(Neurotype.ADHD).interests(List.of("rockets")).build());
            sw.createStory(mia.id(), StoryOptions.of("space", 2));
            libraryDown.set(true);

            assertThatThrownBy(() -> sw.createStory(mia.id(), StoryOptions.of("space", 2)))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.unsavedStory()).hasValueSatisfying(story ->
                                assertThat(story.source()).isEqualTo(StorySource.LOCAL_CACHE));
                        assertThat(e.getMessage()).contains("connection refused").contains("unsavedStory()");
                    });
            assertThat(model.calls()).isEqualTo(1);
        }
    }

    @Test
    void aStoryWithoutAProfileServedFromTheCacheIsGivenEvenWhenItsRowCannotBeWrittenBack() {
        AtomicBoolean libraryDown = new AtomicBoolean();
        try (StoryWeave sw = clientWhoseLibraryFailsWhile(libraryDown)) {
            StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2);
            Story first = sw.createStory(request);
            sw.stories().delete(first.id());
            libraryDown.set(true);

            Story again = sw.createStory(request);

            assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
            assertThat(again.id()).isEqualTo(first.id());
        }
    }

    @Test
    void aBrieflyFailingStoreIsRetriedAndNothingIsLost() {
        try (StoryWeave sw = client()) {
            StoryStore store = flakyStore();
            AtomicInteger failuresLeft = new AtomicInteger(1);
            StoryStore onceFailing = InterceptedStore.wrap(store, method -> {
                if (method.equals("putCachedStory") && failuresLeft.getAndDecrement() > 0) {
                    throw new StorageException("throttled by the store", null);
                }
            });
            try (StoryWeave flaky = StoryWeave.builder().provider(model).store(onceFailing)
                    .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).build()).build()) {
                Story story = flaky.createStory(Neurotype.ADHD, 7, "moon", List.of(), 1);
                assertThat(real.getStory(story.id())).isPresent();
            }
            assertThat(sw.createStory(Neurotype.ADHD, 7, "moon", List.of(), 1).source()).isEqualTo(StorySource.STORE_CACHE);
        }
    }

    @Test
    void whenTheStoreComesBackWritesSucceedAgain() {
        try (StoryWeave sw = client()) {
            storeDown.set(true);
            assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "rain", List.of(), 1))
                    .isInstanceOf(StorageException.class);
            storeDown.set(false);

            ChildProfile profile = sw.profiles().create(ChildProfile.builder().displayName("Ada").age(6).build());
            Story story = sw.createStory(profile.id(), StoryOptions.of("rain", 1));

            assertThat(sw.stories().get(story.id())).isPresent();
        }
    }

    @Test
    void readsFromADeadStoreAreStorageExceptionsNotRawErrors() {
        try (StoryWeave sw = client()) {
            storeDown.set(true);
            assertThatThrownBy(() -> sw.profiles().get("abc"))
                    .isInstanceOf(StorageException.class).hasMessageContaining("read profile abc");
            assertThatThrownBy(() -> sw.stories().listByProfile("abc", 10, null)).isInstanceOf(StorageException.class);
        }
    }
}
