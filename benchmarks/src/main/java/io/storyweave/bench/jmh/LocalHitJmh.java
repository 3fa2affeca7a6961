package io.storyweave.bench.jmh;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyweave.CacheOptions;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.bench.FixedModelProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Item 2 under JMH: a level-1 hit of {@code createStory} against a bare Caffeine
 * {@code getIfPresent} of the same story. No network is involved (the story is written once by a
 * zero-latency provider), so this is the microbenchmark where JMH matters most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LocalHitJmh {
    private StoryWeave storyWeave;
    private StoryRequest request;
    private Cache<String, Story> caffeine;
    private String key;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        FixedModelProvider provider = new FixedModelProvider();
        storyWeave = StoryWeave.builder().provider(provider).store("memory").tier(ModelTier.MEDIUM)
                .environment(Map.of()).build();
        request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5);
        Story story = storyWeave.createStory(request);
        CacheOptions defaults = CacheOptions.defaults();
        caffeine = Caffeine.newBuilder().maximumWeight(defaults.maxLocalWeight()).weigher((String k, Story s) -> 1024)
                .expireAfterWrite(defaults.localTtl()).build();
        key = CacheKeys.of(request, ChildData.of(request, List.of()), provider.model(ModelTier.MEDIUM).modelId(), "off");
        caffeine.put(key, story);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        storyWeave.close();
    }

    @Benchmark
    public Story storyWeaveLevelOneHit() {
        return storyWeave.createStory(request);
    }

    @Benchmark
    public Story caffeineGetIfPresent() {
        return caffeine.getIfPresent(key);
    }
}
