package io.storyweave;

import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two clients sharing one store stand in for two instances: the lease one holds while the model
 * writes must neither outlive a store outage nor a dead holder, and must hold while its holder
 * is alive and working.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrossInstanceLeaseTest {
    private static final StoryRequest REQUEST = StoryRequest.of(Neurotype.ADHD, 7, "lighthouses", List.of("boats"), 2);
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final List<StoryWeave> clients = new ArrayList<>();
    private final List<String> waitReasons = new CopyOnWriteArrayList<>();

    private StoryWeave client(StoryStore store, CacheOptions cache) {
        StoryWeave sw = StoryWeave.builder().provider(model).store(store).cache(cache)
                .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
                .build();
        clients.add(sw);
        return sw;
    }

    private final StoryListener recordingWaits = new StoryListener() {
        @Override
        public void onPage(int pageNumber, Page page) {
        }

        @Override
        public void onProgress(StoryProgress progress) {
            if (progress.stage() == StoryProgress.Stage.WAITING) {
                waitReasons.add(progress.detail());
            }
        }
    };

    @AfterEach
    void close() {
        clients.forEach(StoryWeave::close);
    }

    @Test
    void aStoreOutageDuringTheModelCallDoesNotLeaveALeaseThatBlocksTheNextIdenticalRequest() {
        // A clock that never moves: no lease can expire, so only a real release lets the next request through.
        MemoryStoryStore shared = new MemoryStoryStore(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        AtomicBoolean storeDown = new AtomicBoolean();
        StoryStore seenByFirst = InterceptedStore.wrap(shared, method -> {
            if (storeDown.get() && !method.equals("name") && !method.equals("close")) {
                throw new IllegalStateException("connection refused: 127.0.0.1:8000");
            }
        });
        CacheOptions cache = CacheOptions.builder().leaseDuration(Duration.ofMinutes(10))
                .leasePollInterval(Duration.ofMillis(20)).maxWait(Duration.ofMinutes(10)).build();
        StoryWeave first = client(seenByFirst, cache);
        StoryWeave second = client(shared, cache);
        model.thenRun(() -> storeDown.set(true));

        StorageException failure = catchThrowableOfType(StorageException.class, () -> first.createStory(REQUEST));
        assertThat(failure.unsavedStory()).isPresent();
        storeDown.set(false);

        Story next = second.createStoryStreaming(REQUEST, recordingWaits);

        assertThat(next.source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(2);
    }

    @Test
    void aHolderThatDiesIsTakenOverAfterItsLeaseExpiresAndTheWaitIsReported() {
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave sw = client(shared, CacheOptions.builder().leaseDuration(Duration.ofMillis(300))
                .leasePollInterval(Duration.ofMillis(20)).maxWait(Duration.ofMinutes(10)).build());
        // A holder that took the lease and then died: nobody renews or releases it.
        String key = CacheKeys.of(REQUEST, ChildData.of(REQUEST, List.of()), model.modelIdFor(ModelTier.MEDIUM), "off");
        assertThat(shared.tryAcquireLease(key, "dead-instance", Duration.ofMillis(300))).isTrue();

        Story story = sw.createStoryStreaming(REQUEST, recordingWaits);

        assertThat(story.source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(1);
        assertThat(waitReasons).singleElement().asString().contains("Another instance is writing the same story")
                .contains("up to 600 s");
    }

    @Test
    void aLiveHolderRenewsItsLeaseSoAWaiterGetsItsStoryInsteadOfPayingAgain() throws Exception {
        MemoryStoryStore shared = new MemoryStoryStore();
        // The model call lasts several lease durations: only renewals keep the waiter waiting.
        CacheOptions cache = CacheOptions.builder().leaseDuration(Duration.ofMillis(600))
                .leasePollInterval(Duration.ofMillis(20)).maxWait(Duration.ofMinutes(10)).build();
        StoryWeave first = client(shared, cache);
        StoryWeave second = client(shared, cache);
        CountDownLatch modelCalled = new CountDownLatch(1);
        model.thenRun(() -> {
            modelCalled.countDown();
            pause(Duration.ofMillis(2500));
        });

        CompletableFuture<Story> holder = CompletableFuture.supplyAsync(() -> first.createStory(REQUEST));
        assertThat(modelCalled.await(30, TimeUnit.SECONDS)).isTrue();
        Story waiter = second.createStoryStreaming(REQUEST, recordingWaits);

        assertThat(holder.get().source()).isEqualTo(StorySource.MODEL);
        assertThat(waiter.source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(waiter.pages()).isEqualTo(holder.get().pages());
        assertThat(model.calls()).isEqualTo(1);
        assertThat(waitReasons).hasSize(1);
    }

    @Test
    void aWaiterCallsTheModelItselfOnceItsMaximumWaitRunsOut() throws Exception {
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave first = client(shared, CacheOptions.builder().leasePollInterval(Duration.ofMillis(20)).build());
        StoryWeave impatient = client(shared, CacheOptions.builder().leasePollInterval(Duration.ofMillis(20))
                .maxWait(Duration.ofMillis(100)).build());
        CountDownLatch modelCalled = new CountDownLatch(1);
        CountDownLatch waiterDone = new CountDownLatch(1);
        model.thenRun(() -> {
            modelCalled.countDown();
            await(waiterDone);
        });

        CompletableFuture<Story> holder = CompletableFuture.supplyAsync(() -> first.createStory(REQUEST));
        assertThat(modelCalled.await(30, TimeUnit.SECONDS)).isTrue();
        Story waiter;
        try {
            waiter = impatient.createStoryStreaming(REQUEST, recordingWaits);
        } finally {
            waiterDone.countDown();
        }

        assertThat(waiter.source()).isEqualTo(StorySource.MODEL);
        assertThat(holder.get().source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(2);
        assertThat(waitReasons).singleElement().asString().contains("up to 0.1 s");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
