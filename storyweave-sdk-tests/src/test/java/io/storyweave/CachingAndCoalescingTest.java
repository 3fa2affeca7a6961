package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CachingAndCoalescingTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final List<StoryWeave> clients = new ArrayList<>();

    private StoryWeave client(io.storyweave.spi.StoryStore store) {
        StoryWeave sw = StoryWeave.builder().provider(model).store(store)
                .cache(CacheOptions.builder().leasePollInterval(Duration.ofMillis(10)).build()).build();
        clients.add(sw);
        return sw;
    }

    @AfterEach
    void close() {
        clients.forEach(StoryWeave::close);
    }

    @Test
    void aRepeatedRequestIsServedFromTheLocalCacheWithoutAModelCall() {
        StoryWeave sw = client(new MemoryStoryStore());
        Story first = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets", "planets"), 3);

        Story second = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets", "planets"), 3);

        assertThat(model.calls()).isEqualTo(1);
        assertThat(first.source()).isEqualTo(StorySource.MODEL);
        assertThat(second.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void theCacheKeyIgnoresCaseSpacingAndInterestOrder() {
        StoryWeave sw = client(new MemoryStoryStore());
        sw.createStory(Neurotype.ADHD, 7, "Space", List.of("Rockets", "planets"), 3);

        Story again = sw.createStory(Neurotype.ADHD, 7, "  space ", List.of("planets", " rockets"), 3);

        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void aDifferentRequestOrTierIsNotServedFromTheCache() {
        StoryWeave sw = client(new MemoryStoryStore());
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 3);
        sw.createStory(Neurotype.ADHD, 8, "space", List.of(), 3);
        sw.createStory(Neurotype.AUTISM, 7, "space", List.of(), 3);
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 4);

        assertThat(model.calls()).isEqualTo(4);
    }

    @Test
    void childrenWithTheSameNeedsShareOnePaidStoryButEachGetsTheirOwnName() {
        StoryWeave sw = client(new MemoryStoryStore());
        StoryRequest mia = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("space").pages(2).heroName("Mia").build();
        StoryRequest leo = mia.toBuilder().heroName("Leo").build();

        Story forMia = sw.createStory(mia);
        Story forLeo = sw.createStory(leo);

        assertThat(model.calls()).isEqualTo(1);
        assertThat(forMia.text()).contains("Mia").doesNotContain("Leo");
        assertThat(forLeo.text()).contains("Leo").doesNotContain("Mia");
        assertThat(forLeo.id()).isNotEqualTo(forMia.id());
        assertThat(forLeo.request().heroName()).isEqualTo("Leo");
    }

    @Test
    void aFreshRequestSkipsTheCacheAndReplacesTheCachedStory() {
        StoryWeave sw = client(new MemoryStoryStore());
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2);
        Story first = sw.createStory(request);

        Story fresh = sw.createStory(request.toBuilder().fresh(true).build());
        Story after = sw.createStory(request);

        assertThat(model.calls()).isEqualTo(2);
        assertThat(fresh.source()).isEqualTo(StorySource.MODEL);
        assertThat(fresh.id()).isNotEqualTo(first.id());
        assertThat(after.id()).isEqualTo(fresh.id());
    }

    @Test
    void disablingTheCacheCallsTheModelEveryTimeAndWritesNoCache() {
        List<String> cacheWrites = new java.util.concurrent.CopyOnWriteArrayList<>();
        StoryWeave sw = StoryWeave.builder().provider(model)
                .store(io.storyweave.testing.InterceptedStore.wrap(new MemoryStoryStore(), method -> {
                    if (method.equals("putCachedStory")) {
                        cacheWrites.add(method);
                    }
                }))
                .cache(CacheOptions.builder().enabled(false).build()).build();
        clients.add(sw);
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        assertThat(model.calls()).isEqualTo(2);
        assertThat(cacheWrites).isEmpty();
    }

    @Test
    void identicalConcurrentRequestsPayForOneModelCall() throws Exception {
        model.delay(Duration.ofMillis(300));
        StoryWeave sw = client(new MemoryStoryStore());
        StoryRequest request = StoryRequest.of(Neurotype.ANXIETY, 5, "the sea", List.of("fish"), 2);

        List<CompletableFuture<Story>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(sw.createStoryAsync(request));
        }
        List<Story> stories = futures.stream().map(CompletableFuture::join).toList();

        assertThat(model.calls()).isEqualTo(1);
        assertThat(stories).hasSize(20).extracting(Story::title).containsOnly(stories.get(0).title());
        assertThat(stories).filteredOn(s -> s.source() == StorySource.MODEL).hasSize(1);
    }

    @Test
    void twoClientsSharingAStoreShareTheLevelTwoCache() {
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave first = client(shared);
        StoryWeave second = client(shared);
        first.createStory(Neurotype.DYSLEXIA, 9, "volcanoes", List.of(), 2);

        Story fromStore = second.createStory(Neurotype.DYSLEXIA, 9, "volcanoes", List.of(), 2);
        Story fromLocal = second.createStory(Neurotype.DYSLEXIA, 9, "volcanoes", List.of(), 2);

        assertThat(model.calls()).isEqualTo(1);
        assertThat(fromStore.source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(fromLocal.source()).isEqualTo(StorySource.LOCAL_CACHE);
    }

    @Test
    void twoClientsSendingIdenticalConcurrentRequestsPayForOneCallThroughTheLease() throws Exception {
        model.delay(Duration.ofMillis(300));
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave first = client(shared);
        StoryWeave second = client(shared);
        StoryRequest request = StoryRequest.of(Neurotype.AUTISM, 10, "robots", List.of("lego"), 2);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Story>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StoryWeave sw = i % 2 == 0 ? first : second;
            results.add(pool.submit(() -> {
                start.await();
                return sw.createStory(request);
            }));
        }
        start.countDown();
        for (Future<Story> result : results) {
            assertThat(result.get().pages()).hasSize(2);
        }
        pool.shutdown();

        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void levelOneForgetsAfterItsTimeToLiveAndLevelTwoServesAgain() throws InterruptedException {
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave sw = StoryWeave.builder().provider(model).store(shared)
                .cache(CacheOptions.builder().localTtl(Duration.ofMillis(50)).build()).build();
        clients.add(sw);
        sw.createStory(Neurotype.ADHD, 7, "kites", List.of(), 1);
        Thread.sleep(150);

        assertThat(sw.createStory(Neurotype.ADHD, 7, "kites", List.of(), 1).source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void levelOneHoldsNoMoreThanItsWeightBound() {
        MemoryStoryStore shared = new MemoryStoryStore();
        StoryWeave sw = StoryWeave.builder().provider(model).store(shared)
                .cache(CacheOptions.builder().maxLocalWeight(1).build()).build();
        clients.add(sw);
        sw.createStory(Neurotype.ADHD, 7, "boats", List.of(), 1);

        // Too heavy for a 1-byte level 1: the repeat comes from level 2, still without a model call.
        assertThat(sw.createStory(Neurotype.ADHD, 7, "boats", List.of(), 1).source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(model.calls()).isEqualTo(1);
    }
}
