package io.storyweave.bench.jmh;

import io.storyweave.CacheOptions;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.bench.FixedModelProvider;
import io.storyweave.dynamodb.DynamoDbStoryStore;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.prompt.ChildData;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Item 3 under JMH: a level-2 hit through dynalite (level 1 bypassed with a 1 ns time to live)
 * against a raw consistent {@code GetItem} of the same item with the same client. Sample mode, so
 * JMH reports the median (p0.50) next to the mean. Run from the repository root so
 * {@link DynaliteServer} finds dynalite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreHitJmh {
    private DynaliteServer dynalite;
    private DynamoDbClient ddb;
    private DynamoDbStoryStore store;
    private StoryWeave reader;
    private StoryRequest request;
    private String table;
    private Map<String, AttributeValue> key;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        dynalite = DynaliteServer.start();
        ddb = dynalite.newClient();
        store = DynamoDbStoryStore.builder().client(ddb).tablePrefix("jmh-").createTablesIfMissing(true).build();
        FixedModelProvider provider = new FixedModelProvider();
        request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5);
        try (StoryWeave writer = StoryWeave.builder().provider(provider).store(store).tier(ModelTier.MEDIUM)
                .environment(Map.of()).build()) {
            writer.createStory(request);
        }
        reader = StoryWeave.builder().provider(provider).store(store).tier(ModelTier.MEDIUM)
                .cache(CacheOptions.builder().localTtl(Duration.ofNanos(1)).build()).environment(Map.of()).build();
        if (reader.createStory(request).source() != StorySource.STORE_CACHE) {
            throw new IllegalStateException("the reader is not served by level 2");
        }
        table = store.cacheTable();
        key = Map.of("pk", AttributeValue.fromS(CacheKeys.of(request, ChildData.of(request, List.of()), FixedModelProvider.MODEL_ID, "off")));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.close();
        store.close();
        ddb.close();
        dynalite.stop();
    }

    @Benchmark
    public Story storyWeaveLevelTwoHit() {
        return reader.createStory(request);
    }

    @Benchmark
    public GetItemResponse rawGetItem() {
        return ddb.getItem(r -> r.tableName(table).key(key).consistentRead(true));
    }
}
