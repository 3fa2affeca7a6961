package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import io.storyweave.dynamodb.DynamoDbStoryStore;
import io.storyweave.dynamodb.internal.StoryPayload;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.spi.StoryCodec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Item 3: a level-2 hit through dynalite against a raw DynamoDB {@code GetItem} of the same item
 * (same client, same consistent read). One client writes the story; a second one reads it with a
 * level-1 time to live of one nanosecond, so every call misses level 1 and is served by level 2
 * ({@code STORE_CACHE}, checked on every call) without building a new client per call.
 */
final class StoreHitBench {
    /** Calls per side in a row; sub-millisecond calls leave work behind that must not land on the other side. */
    private static final int BLOCK = 50;
    /**
     * Warm-up calls a side. StoryWeave's own code on this path runs once per StoryWeave call while
     * the SDK's GetItem code runs on both sides, so with 1,000 (the first setting) the C2 compiler
     * had not yet compiled StoryWeave's decoding when measuring began (seen with
     * {@code -XX:+PrintCompilation}); 8,000 reaches the steady state JMH measures. {@code -Dbench.item3.warm=N}
     * sets another number.
     */
    private static final int WARM = Integer.getInteger("bench.item3.warm", 8000);

    private StoreHitBench() {
    }

    static List<Result> run(Scale scale, Report report) {
        try (DynaliteServer dynalite = DynaliteServer.start();
             DynamoDbClient ddb = dynalite.newClient();
             DynamoDbStoryStore store = DynamoDbStoryStore.builder().client(ddb).tablePrefix("bench-")
                     .createTablesIfMissing(true).build();
             BedrockStub stub = BedrockStub.start(0);
             BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave writer = Fixtures.withStore(provider, store, CacheOptions.defaults());
             StoryWeave reader = Fixtures.withStore(provider, store,
                     CacheOptions.builder().localTtl(Duration.ofNanos(1)).build())) {
            StoryRequest request = Fixtures.request();
            Story written = writer.createStory(request);
            String table = store.cacheTable();
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(CacheKeys.of(request, ChildData.of(request, List.of()), RawConverse.MODEL_ID, "off")));
            GetItemResponse probe = ddb.getItem(r -> r.tableName(table).key(key).consistentRead(true));
            report.line("3. dynalite at " + dynalite.endpoint() + "; story written by " + written.source()
                    + "; raw GetItem finds the item: " + probe.hasItem() + " (" + probe.item().size() + " attributes)");

            int warm = scale.pick(WARM, 100);
            int n = scale.pick(2000, 200);
            int callsBefore = stub.converseCalls();
            Paired paired = Paired.run(warm, n, BLOCK,
                    () -> Sink.consume(ddb.getItem(q -> q.tableName(table).key(key).consistentRead(true)).item()),
                    () -> reader.createStory(request).source() == StorySource.STORE_CACHE);
            int notStore = paired.unexpected();
            int modelCalls = stub.converseCalls() - callsBefore;
            Stats rawStats = Stats.of(paired.baseline());
            Stats swStats = Stats.of(paired.storyWeave());
            double ratio = (double) swStats.median() / rawStats.median();
            report.line("3. interleaved in blocks of " + BLOCK + " calls a side (first call of each block not recorded), after "
                    + warm + " warm-up calls a side");
            report.line("3. raw DynamoDB GetItem: " + rawStats.summary());
            report.line("3. StoryWeave level-2 hit: " + swStats.summary() + "; not STORE_CACHE: " + notStore
                    + "; model calls during the loop: " + modelCalls);
            report.line("3. median overhead per level-2 hit: " + Stats.time(swStats.median() - rawStats.median()));
            // Where the overhead goes: the store plugin alone (GetItem + decoding the story) against GetItem.
            String cacheKey = key.get("pk").s();
            Paired plugin = Paired.run(warm / 2, n / 2, BLOCK,
                    () -> Sink.consume(ddb.getItem(q -> q.tableName(table).key(key).consistentRead(true)).item()),
                    () -> store.sharedCache().getCachedStory(cacheKey).isPresent());
            Stats pluginBase = Stats.of(plugin.baseline());
            Stats pluginStats = Stats.of(plugin.storyWeave());
            report.line("3. breakdown: DynamoDbStoryStore.sharedCache().getCachedStory alone " + pluginStats.summary() + " against GetItem "
                    + pluginBase.summary() + " (" + Stats.ratio((double) pluginStats.median() / pluginBase.median())
                    + "); the rest of the level-2 path (cache key, level-1 put, personalising) is the difference to"
                    + " createStory above");
            // The decoding inside the plugin: the stored JSON back into a Story.
            String stored = probe.item().get(StoryPayload.JSON).s();
            long[] decode = new long[n / 2];
            for (int i = -warm; i < decode.length; i++) {
                long t0 = System.nanoTime();
                Sink.consume(StoryCodec.storyFromJson(stored));
                if (i >= 0) {
                    decode[i] = System.nanoTime() - t0;
                }
            }
            report.line("3. breakdown: StoryCodec.storyFromJson of the stored " + stored.length() + "-character story: "
                    + Stats.of(decode).summary());
            boolean pass = ratio <= 1.1 && notStore == 0 && modelCalls == 0;
            return List.of(new Result("3. Level-2 hit (dynalite)", "median latency",
                    Stats.time(rawStats.median()) + " (GetItem)", Stats.time(swStats.median()), Stats.ratio(ratio),
                    "≤ 1.10×", pass, "n=" + n + " each, in alternating blocks of " + BLOCK + "; p90 GetItem " + Stats.time(rawStats.p90())
                            + ", StoryWeave " + Stats.time(swStats.p90())));
        }
    }
}
