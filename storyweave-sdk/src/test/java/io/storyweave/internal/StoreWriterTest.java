package io.storyweave.internal;

import io.storyweave.RetryOptions;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.StoryWeaveObserver;
import io.storyweave.internal.observe.Observers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StoreWriterTest {
    private static final int WRITERS = 8;

    @Test
    void writesRetriedAtTheSameTimeAreEachLoggedAndCountedAsTheirOwn() throws Exception {
        List<StoreCall> calls = new CopyOnWriteArrayList<>();
        StoreWriter writer = new StoreWriter(RetryOptions.builder().initialBackoff(Duration.ofMillis(1))
                .storeWriteAttempts(3).build(), "flaky", Observers.of(List.of(new StoryWeaveObserver() {
                    @Override
                    public void storeCall(StoreCall call) {
                        calls.add(call);
                    }
                })));
        // Every write's first attempt starts together and fails, so all of them are being retried at once.
        CyclicBarrier together = new CyclicBarrier(WRITERS);
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String what = "save story " + i;
                int failures = 1 + i % 2;
                writes.add(pool.submit(() -> writer.write(StoreOperation.SAVE_STORY, what, () -> {
                    int attempt = attempts.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
                    if (attempt == 1) {
                        await(together);
                    }
                    if (attempt <= failures) {
                        throw new IllegalStateException("throttled, attempt " + attempt + " of " + what);
                    }
                })));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
            System.setErr(originalErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < WRITERS; i++) {
            String what = "save story " + i;
            assertThat(logged).contains("Store write (" + what + ") attempt 1 failed: throttled, attempt 1 of " + what);
            assertThat(logged.contains("Store write (" + what + ") attempt 2 failed: throttled, attempt 2 of " + what))
                    .as(what).isEqualTo(i % 2 == 1);
        }
        assertThat(logged.split("Store write \\(", -1)).hasSize(1 + WRITERS + WRITERS / 2);
        assertThat(calls).hasSize(WRITERS).extracting(StoreCall::attempts)
                .containsOnly(2, 3).filteredOn(a -> a == 3).hasSize(WRITERS / 2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
