package io.storyweave.dynamodb;

import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many writers on one store (one client, many threads) lose nothing. */
class ConcurrentWritesTest {
    private static final int THREADS = 8;
    private static final int STORIES_PER_THREAD = 200;
    private DynamoDbStoryStore store;

    @BeforeEach
    void setUp() {
        store = Fixtures.newStore(DynaliteServer.shared());
        for (int p = 0; p < 4; p++) {
            store.createProfile(Fixtures.profile("profile-" + p));
        }
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eightThreadsWritingTwoHundredStoriesEachLoseNone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < STORIES_PER_THREAD; i++) {
                        // Half the threads share a profile, so index partitions are written concurrently too.
                        String profile = "profile-" + (thread % 4);
                        store.putStory(Fixtures.story("t" + thread + "-s" + i, profile, Fixtures.T0.plusMillis(i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (int p = 0; p < 4; p++) {
            List<String> written = new ArrayList<>();
            for (int thread : new int[] {p, p + 4}) {
                for (int i = 0; i < STORIES_PER_THREAD; i++) {
                    written.add("t" + thread + "-s" + i);
                }
            }
            Fixtures.awaitListed(store, "profile-" + p, written);
        }
        Set<String> listed = new HashSet<>();
        for (int p = 0; p < 4; p++) {
            String token = null;
            do {
                ResultPage<Story> page = store.listStories("profile-" + p, 100, token);
                page.items().forEach(s -> listed.add(s.id()));
                token = page.nextPageToken();
            } while (token != null);
        }
        assertThat(listed).hasSize(THREADS * STORIES_PER_THREAD);
        assertThat(store.getStory("t7-s199")).isPresent();
    }
}
