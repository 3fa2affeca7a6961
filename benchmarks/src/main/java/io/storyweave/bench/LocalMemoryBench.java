package io.storyweave.bench;

import com.github.benmanes.caffeine.cache.Cache;
import io.storyweave.CacheOptions;
import io.storyweave.ModelTier;
import io.storyweave.StoryWeave;
import org.openjdk.jol.info.GraphLayout;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Item 6b: heap held by 10,000 cached stories in level 1, and that {@code maxLocalWeight} bounds
 * it. The stories come from the zero-latency {@link FixedModelProvider} (the same 5-page story
 * the Bedrock stub writes) through the whole pipeline, into a store that keeps nothing, so the
 * heap measured is level 1's. Two measurements: used heap after full GCs (MemoryMXBean) before and
 * after the fill, and JOL's walk of the cache's entry table (keys, stories, Caffeine nodes).
 */
final class LocalMemoryBench {
    private static final int STORIES = 10_000;

    private LocalMemoryBench() {
    }

    private record Fill(long heapBytes, long jolBytes, long entries, long weightedSize, long limit) {
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        Fill unbounded = fill(CacheOptions.defaults(), "default");
        long smallLimit = 4L * 1024 * 1024;
        Fill bounded = fill(CacheOptions.builder().maxLocalWeight(smallLimit).build(), "bounded");
        double perStoryJol = (double) unbounded.jolBytes / unbounded.entries;
        double perStoryHeap = (double) unbounded.heapBytes / unbounded.entries;
        double perStoryWeight = (double) unbounded.weightedSize / unbounded.entries;
        report.line(String.format(Locale.ROOT, "6b. maxLocalWeight %s: %d entries held, weigher total %s; retained %s"
                        + " by JOL (%.0f B/story), %s by heap delta (%.0f B/story); weigher estimate %.0f B/story",
                Stats.mib(unbounded.limit), unbounded.entries, Stats.mib(unbounded.weightedSize),
                Stats.mib(unbounded.jolBytes), perStoryJol, Stats.mib(unbounded.heapBytes), perStoryHeap, perStoryWeight));
        report.line(String.format(Locale.ROOT, "6b. maxLocalWeight %s: %d of %d entries held, weigher total %s;"
                        + " retained %s by JOL, %s by heap delta", Stats.mib(bounded.limit), bounded.entries, STORIES,
                Stats.mib(bounded.weightedSize), Stats.mib(bounded.jolBytes), Stats.mib(bounded.heapBytes)));
        boolean allHeld = unbounded.entries == STORIES;
        boolean boundedHolds = bounded.weightedSize <= bounded.limit && bounded.entries < STORIES
                && bounded.jolBytes <= bounded.limit;
        return List.of(
                new Result("6b. Level-1 memory", "heap held by 10,000 cached 5-page stories",
                        String.format(Locale.ROOT, "%.0f B/story (weigher estimate)", perStoryWeight),
                        String.format(Locale.ROOT, "%s = %.0f B/story (JOL); heap delta %s", Stats.mib(unbounded.jolBytes),
                                perStoryJol, Stats.mib(unbounded.heapBytes)),
                        Stats.ratio(perStoryJol / perStoryWeight) + " (actual / estimate)",
                        "reported; all 10,000 held under the 64 MiB default", allHeld,
                        unbounded.entries + " entries held"),
                new Result("6b. Level-1 bound", "10,000 stories into maxLocalWeight = " + Stats.mib(bounded.limit),
                        Stats.mib(bounded.limit) + " (limit)",
                        String.format(Locale.ROOT, "%d entries, %s retained (JOL), weigher total %s", bounded.entries,
                                Stats.mib(bounded.jolBytes), Stats.mib(bounded.weightedSize)),
                        Stats.ratio((double) bounded.jolBytes / bounded.limit) + " (retained / limit)",
                        "retained ≤ maxLocalWeight", boundedHolds,
                        "heap delta " + Stats.mib(bounded.heapBytes)));
    }

    private static Fill fill(CacheOptions options, String run) throws Exception {
        FixedModelProvider provider = new FixedModelProvider();
        try (StoryWeave sw = StoryWeave.builder().provider(provider).store(new NullStore()).tier(ModelTier.MEDIUM)
                .cache(options).environment(Map.of()).build()) {
            Cache<?, ?> cache = levelOne(sw);
            sw.createStory(Fixtures.distinct("memory-" + run + "-warm", 0));
            cache.invalidateAll();
            cache.cleanUp();
            long heapBefore = usedHeapAfterGc();
            long jolBefore = GraphLayout.parseInstance(entryTable(cache)).totalSize();
            for (int i = 0; i < STORIES; i++) {
                Sink.consume(sw.createStory(Fixtures.distinct("memory-" + run, i)));
            }
            cache.cleanUp();
            long heapAfter = usedHeapAfterGc();
            long jolAfter = GraphLayout.parseInstance(entryTable(cache)).totalSize();
            long weighted = cache.policy().eviction().orElseThrow().weightedSize().orElse(-1);
            long entries = cache.estimatedSize();
            Fill result = new Fill(heapAfter - heapBefore, jolAfter - jolBefore, entries, weighted,
                    options.maxLocalWeight());
            Sink.consume(cache);
            return result;
        }
    }

    /** The Caffeine cache inside StoryWeave's level 1 (private fields, read for measurement only). */
    private static Cache<?, ?> levelOne(StoryWeave sw) throws ReflectiveOperationException {
        Object engine = field(sw, "engine");
        Object local = field(engine, "localCache");
        return (Cache<?, ?>) field(local, "cache");
    }

    /** Caffeine's entry table: keys, values and the cache's own nodes, without the executor and other shared parts. */
    private static Object entryTable(Cache<?, ?> cache) throws ReflectiveOperationException {
        Object bounded = field(cache, "cache");
        return field(bounded, "data");
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
