package io.storyweave.dynamodb;

import io.storyweave.CacheOptions;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two StoryWeave clients sharing tables stand in for two JVMs: each has its own level-1 cache
 * and in-process coalescing, so anything shared between them went through DynamoDB.
 */
class TwoClientsTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private DynamoDbStoryStore storeA;
    private DynamoDbStoryStore storeB;
    private StoryWeave clientA;
    private StoryWeave clientB;

    @BeforeEach
    void setUp() {
        String prefix = Fixtures.uniquePrefix();
        storeA = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).createTablesIfMissing(true).build();
        storeB = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).build();
        CacheOptions cache = CacheOptions.builder().leasePollInterval(Duration.ofMillis(20)).build();
        clientA = StoryWeave.builder().provider(model).store(storeA).cache(cache).retry(Fixtures.fastRetries()).build();
        clientB = StoryWeave.builder().provider(model).store(storeB).cache(cache).retry(Fixtures.fastRetries()).build();
    }

    @AfterEach
    void tearDown() {
        clientA.close();
        clientB.close();
        storeA.close();
        storeB.close();
    }

    @Test
    void aStoryWrittenByOneClientIsServedToTheOtherFromTheTableThenFromItsOwnMemory() {
        StoryRequest request = StoryRequest.of(Neurotype.AUTISM, 6, "trains", List.of("bridges"), 3);

        Story first = clientA.createStory(request);
        assertThat(first.source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(1);

        Story shared = clientB.createStory(request);
        assertThat(shared.source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(shared.pages()).isEqualTo(first.pages());
        assertThat(model.calls()).isEqualTo(1);

        Story local = clientB.createStory(request);
        assertThat(local.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void twentyIdenticalConcurrentRequestsOnEachOfTwoClientsPayForOneModelCall() throws Exception {
        model.delay(Duration.ofMillis(300));
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 8, "volcanoes", List.of("lava"), 4);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Story>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                StoryWeave client = i % 2 == 0 ? clientA : clientB;
                results.add(pool.submit(() -> {
                    start.await();
                    return client.createStory(request);
                }));
            }
            start.countDown();
            List<Story> stories = new ArrayList<>();
            for (Future<Story> result : results) {
                stories.add(result.get());
            }
            assertThat(model.calls()).isEqualTo(1);
            assertThat(stories).extracting(Story::pages).containsOnly(stories.get(0).pages());
            assertThat(stories).filteredOn(s -> s.source() == StorySource.MODEL).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
