package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Item 5: distinct requests, 64 at a time, against a stub that answers after 200 ms. StoryWeave
 * runs with its defaults only ({@code createStoryAsync} on the default executor of
 * {@code maxConcurrency} 64 threads, the Bedrock provider's default 64-connection Apache client);
 * the baseline is the raw SDK on 64 threads of its own with a 64-connection client. The ideal is
 * 64 / 0.2 s = 320 stories per second.
 */
final class ThroughputBench {
    private static final int CONCURRENCY = 64;
    private static final int DELAY_MILLIS = 200;

    private ThroughputBench() {
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        List<Result> results = new java.util.ArrayList<>();
        try (BedrockStub stub = BedrockStub.start(DELAY_MILLIS)) {
            results.add(run(scale, report, stub));
        }
        try (BedrockStub stub = BedrockStub.startJdk(DELAY_MILLIS)) {
            results.add(run(scale, report, stub));
        }
        return results;
    }

    private static Result run(Scale scale, Report report, BedrockStub stub) throws Exception {
        double ideal = CONCURRENCY / (DELAY_MILLIS / 1000.0);
        ExecutorService rawPool = Executors.newFixedThreadPool(CONCURRENCY);
        try (BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.defaults());
             RawConverse raw = new RawConverse(stub.endpoint())) {
            sw.createStory(Fixtures.request());
            ConverseRequest rawRequest = RawConverse.fromBody(stub.lastBody(), RawConverse.MODEL_ID);

            // Warm-up: waves that open the 64 connections, start the threads and let the JIT compile.
            for (int w = 0; w < scale.pick(4, 1); w++) {
                storyWeaveRun(sw, stub.kind() + "-warm" + w, CONCURRENCY);
                rawRun(raw, rawRequest, rawPool, CONCURRENCY);
            }

            int perRun = scale.pick(CONCURRENCY * 5, CONCURRENCY * 2);
            int runs = scale.pick(3, 1);
            double[] swRates = new double[runs];
            double[] rawRates = new double[runs];
            int wrongSource = 0;
            int callsBefore = stub.converseCalls();
            for (int r = 0; r < runs; r++) {
                long rawWall = rawRun(raw, rawRequest, rawPool, perRun);
                RunResult swRun = storyWeaveRun(sw, stub.kind() + "-run" + r, perRun);
                rawRates[r] = perRun / (rawWall / 1e9);
                swRates[r] = perRun / (swRun.wallNanos / 1e9);
                wrongSource += swRun.notFromModel;
            }
            int calls = stub.converseCalls() - callsBefore;
            // One wave of exactly 64 requests, as the issue words it.
            RunResult wave = storyWeaveRun(sw, stub.kind() + "-wave", CONCURRENCY);
            long rawWave = rawRun(raw, rawRequest, rawPool, CONCURRENCY);
            double swRate = median(swRates);
            double rawRate = median(rawRates);
            double waveRate = CONCURRENCY / (wave.wallNanos / 1e9);
            report.line(String.format(Locale.ROOT, "5. " + stub.kind() + " stub: %d requests per run, %d runs: StoryWeave %s stories/s, raw SDK %s"
                            + " calls/s (ideal %.0f/s); Converse calls %d (expected %d); stories not from the model: %d",
                    perRun, runs, rates(swRates), rates(rawRates), ideal, calls, 2 * perRun * runs, wrongSource));
            report.line(String.format(Locale.ROOT, "5. " + stub.kind() + " stub: one wave of %d: StoryWeave %s (%.0f/s), raw SDK %s (%.0f/s)",
                    CONCURRENCY, Stats.time(wave.wallNanos), waveRate, Stats.time(rawWave),
                    CONCURRENCY / (rawWave / 1e9)));
            boolean pass = swRate >= 0.8 * ideal && wrongSource == 0;
            return new Result("5. Throughput (" + stub.kind() + " stub)", CONCURRENCY
                    + " concurrent distinct requests, stub delay " + DELAY_MILLIS + " ms: stories per second",
                    String.format(Locale.ROOT, "%.0f/s (raw SDK)", rawRate),
                    String.format(Locale.ROOT, "%.0f/s = %.0f%% of ideal %.0f/s", swRate, 100 * swRate / ideal, ideal),
                    Stats.ratio(swRate / rawRate), "≥ 80% of 320/s", pass,
                    "defaults only: maxConcurrency 64, Bedrock maxConnections 64; median of " + runs + " runs of "
                            + perRun + "; raw SDK at " + String.format(Locale.ROOT, "%.0f%%", 100 * rawRate / ideal)
                            + " of ideal; one wave of 64: " + String.format(Locale.ROOT, "%.0f/s", waveRate));
        } finally {
            rawPool.shutdownNow();
            rawPool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private record RunResult(long wallNanos, int notFromModel) {
    }

    private static RunResult storyWeaveRun(StoryWeave sw, String run, int count) {
        List<CompletableFuture<Story>> futures = new ArrayList<>(count);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            futures.add(sw.createStoryAsync(Fixtures.distinct("throughput-" + run, i)));
        }
        int notFromModel = 0;
        for (CompletableFuture<Story> f : futures) {
            Story story = f.orTimeout(120, TimeUnit.SECONDS).join();
            if (story.source() != StorySource.MODEL) {
                notFromModel++;
            }
        }
        return new RunResult(System.nanoTime() - t0, notFromModel);
    }

    private static long rawRun(RawConverse raw, ConverseRequest request, ExecutorService pool, int count)
            throws Exception {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>(count);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> Sink.consume(raw.converse(request))));
        }
        for (java.util.concurrent.Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        return System.nanoTime() - t0;
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static String rates(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", values[i]));
        }
        return s.append(']').toString();
    }
}
