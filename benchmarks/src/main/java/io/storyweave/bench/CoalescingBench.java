package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Item 4: 100 threads ask for the same new story at once. Exactly one Converse request may reach
 * the stub, all 100 must get the story, and the wall time (release of the threads to the last
 * answer) must stay within 1.2× of one single call measured in the same process.
 */
final class CoalescingBench {
    private static final int CALLERS = 100;

    private CoalescingBench() {
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        int delay = 50;
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (BedrockStub stub = BedrockStub.start(delay);
             BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.defaults())) {
            // Warm-up: every caller thread exists and the code paths are compiled.
            for (int i = 0; i < scale.pick(40, 10); i++) {
                sw.createStory(Fixtures.distinct("coalesce-warm", i));
            }
            trial(sw, callers, Fixtures.distinct("coalesce-warm-burst", 0));

            int singles = scale.pick(30, 10);
            long[] single = new long[singles];
            for (int i = 0; i < singles; i++) {
                StoryRequest r = Fixtures.distinct("coalesce-single", i);
                long t0 = System.nanoTime();
                sw.createStory(r);
                single[i] = System.nanoTime() - t0;
            }
            Stats singleStats = Stats.of(single);

            int trials = scale.pick(10, 3);
            long[] walls = new long[trials];
            int worstCalls = 1;
            int badTrials = 0;
            int minStories = CALLERS;
            Map<StorySource, Integer> sources = new EnumMap<>(StorySource.class);
            for (int t = 0; t < trials; t++) {
                int before = stub.converseCalls();
                Trial trial = trial(sw, callers, Fixtures.distinct("coalesce-trial", t));
                int calls = stub.converseCalls() - before;
                walls[t] = trial.wallNanos;
                worstCalls = Math.max(worstCalls, calls);
                minStories = Math.min(minStories, trial.stories);
                if (calls != 1 || trial.stories != CALLERS) {
                    badTrials++;
                }
                trial.sources.forEach((k, v) -> sources.merge(k, v, Integer::sum));
            }
            Stats wallStats = Stats.of(walls);
            double ratio = (double) wallStats.median() / singleStats.median();
            double worstRatio = (double) wallStats.percentile(100) / singleStats.median();
            report.line("4. single call (new key, stub delay " + delay + " ms): " + singleStats.summary());
            report.line("4. " + CALLERS + " identical concurrent calls, " + trials + " trials: wall " + wallStats.summary()
                    + ", worst " + Stats.time(wallStats.percentile(100)) + "; most Converse calls in one trial: "
                    + worstCalls + "; fewest stories returned in one trial: " + minStories + "; sources over all trials: "
                    + sources);
            boolean pass = badTrials == 0 && ratio <= 1.2;
            return List.of(new Result("4. Coalescing", CALLERS + " concurrent identical requests: wall time",
                    Stats.time(singleStats.median()) + " (one call)", Stats.time(wallStats.median()), Stats.ratio(ratio),
                    "1 model call, 100 stories, ≤ 1.20×", pass,
                    trials + " trials: model calls per trial max " + worstCalls + ", stories per trial min " + minStories
                            + ", worst wall " + Stats.ratio(worstRatio)));
        } finally {
            callers.shutdownNow();
            callers.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private record Trial(long wallNanos, int stories, Map<StorySource, Integer> sources) {
    }

    private static Trial trial(StoryWeave sw, ExecutorService callers, StoryRequest request) throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Story>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(callers.submit(() -> {
                ready.countDown();
                go.await();
                return sw.createStory(request);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        go.countDown();
        int stories = 0;
        Map<StorySource, Integer> sources = new EnumMap<>(StorySource.class);
        for (Future<Story> f : futures) {
            Story story = f.get(60, TimeUnit.SECONDS);
            if (story != null && story.pages().size() == BedrockStub.PAGES) {
                stories++;
                sources.merge(story.source(), 1, Integer::sum);
            }
        }
        long wall = System.nanoTime() - t0;
        return new Trial(wall, stories, sources);
    }
}
