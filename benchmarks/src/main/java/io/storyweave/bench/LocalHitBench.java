package io.storyweave.bench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.prompt.ChildData;

import java.util.List;

/**
 * Item 2: a repeated {@code createStory} served from level 1, against a bare Caffeine
 * {@code getIfPresent} of the same story under the same key in a cache built like StoryWeave's
 * (weight-bounded, expire-after-write). Each call is timed on its own for the median (the target);
 * the ratio uses the mean of 100-call batches on both sides, since one Caffeine lookup is shorter
 * than the clock's resolution.
 */
final class LocalHitBench {
    private static final int BATCH = 100;

    private LocalHitBench() {
    }

    static List<Result> run(Scale scale, Report report) {
        try (BedrockStub stub = BedrockStub.start(0);
             BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.defaults())) {
            StoryRequest request = Fixtures.request();
            Story template = sw.createStory(request);
            CacheOptions defaults = CacheOptions.defaults();
            Cache<String, Story> caffeine = Caffeine.newBuilder()
                    .maximumWeight(defaults.maxLocalWeight())
                    .weigher((String k, Story s) -> 1024)
                    .expireAfterWrite(defaults.localTtl())
                    .build();
            String key = CacheKeys.of(request, ChildData.of(request, List.of()), RawConverse.MODEL_ID, "off");
            caffeine.put(key, template);

            int single = scale.pick(200_000, 20_000);
            int batches = scale.pick(4_000, 400);
            int callsBefore = stub.converseCalls();
            int notLocal = 0;
            // Warm both paths past C2 compilation.
            for (int i = 0; i < scale.pick(200_000, 20_000); i++) {
                Sink.consume(sw.createStory(request));
                Sink.consume(caffeine.getIfPresent(key));
            }
            long[] swSingle = new long[single];
            long[] cafSingle = new long[single];
            for (int i = 0; i < single; i++) {
                long t0 = System.nanoTime();
                Story s = sw.createStory(request);
                long t1 = System.nanoTime();
                Story c = caffeine.getIfPresent(key);
                long t2 = System.nanoTime();
                swSingle[i] = t1 - t0;
                cafSingle[i] = t2 - t1;
                if (s.source() != StorySource.LOCAL_CACHE) {
                    notLocal++;
                }
                Sink.consume(c);
            }
            long[] swBatch = new long[batches];
            long[] cafBatch = new long[batches];
            for (int b = 0; b < batches; b++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < BATCH; i++) {
                    Sink.consume(sw.createStory(request));
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < BATCH; i++) {
                    Sink.consume(caffeine.getIfPresent(key));
                }
                long t2 = System.nanoTime();
                swBatch[b] = (t1 - t0) / BATCH;
                cafBatch[b] = (t2 - t1) / BATCH;
            }
            int modelCalls = stub.converseCalls() - callsBefore;
            Stats sws = Stats.of(swSingle);
            Stats cafs = Stats.of(cafSingle);
            Stats swb = Stats.of(swBatch);
            Stats cafb = Stats.of(cafBatch);
            double ratio = (double) swb.median() / Math.max(1, cafb.median());
            report.line("2. StoryWeave level-1 hit, each call timed: " + sws.summary() + "; not LOCAL_CACHE: " + notLocal
                    + "; model calls during the loop: " + modelCalls);
            report.line("2. bare Caffeine getIfPresent, each call timed (clock-bound): " + cafs.summary());
            report.line("2. per-call mean of " + BATCH + "-call batches: StoryWeave " + swb.summary() + "; Caffeine "
                    + cafb.summary());
            boolean pass = sws.median() < 10_000 && notLocal == 0 && modelCalls == 0;
            return List.of(new Result("2. Level-1 hit", "median latency of a repeated createStory",
                    Stats.time(cafb.median()) + " (Caffeine getIfPresent)", Stats.time(sws.median()),
                    Stats.ratio(ratio) + " (batch means)", "< 10 µs; ratio reported", pass,
                    "single-call p90 " + Stats.time(sws.p90()) + "; batch-mean median StoryWeave "
                            + Stats.time(swb.median()) + "; includes the SHA-256 cache key and the hero-name copy"));
        }
    }
}
