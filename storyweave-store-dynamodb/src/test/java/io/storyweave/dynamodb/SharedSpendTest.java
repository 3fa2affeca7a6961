package io.storyweave.dynamodb;

import io.storyweave.Budget;
import io.storyweave.CallPurpose;
import io.storyweave.BudgetExceededException;
import io.storyweave.ModelPrice;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.UsageLine;
import io.storyweave.UsageSummary;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.ManualClock;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two clients, each with its own store instance on the same tables, stand in for two JVMs: the
 * daily budget counts what both spent, and the ledger written by one is read by the other and by
 * a later run. Each scripted call costs $0.002 (200 output tokens at $10 per million); a one-page
 * story's call is estimated at $0.00512.
 */
class SharedSpendTest {
    private static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final ManualClock clock = new ManualClock(NOON);
    private final String prefix = Fixtures.uniquePrefix();
    private final List<AutoCloseable> open = new ArrayList<>();

    private StoryWeave client(Budget budget, boolean createTables) {
        DynamoDbStoryStore store = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix)
                .createTablesIfMissing(createTables).build();
        StoryWeave sw = StoryWeave.builder().provider(model).store(store).clock(clock).budget(budget)
                .retry(Fixtures.fastRetries())
                .price(ScriptedModelProvider.modelIdFor(ModelTier.MEDIUM), ModelPrice.of("0", "10")).build();
        open.add(sw);
        open.add(store);
        return sw;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static StoryRequest story(String theme) {
        return StoryRequest.of(Neurotype.ADHD, 7, theme, List.of(), 1);
    }

    @Test
    void theDailyBudgetCountsWhatEveryInstanceSpentAndTheLedgerOutlivesTheRun() {
        Budget budget = Budget.builder().maxPerDay("0.01").build();
        StoryWeave first = client(budget, true);
        StoryWeave second = client(budget, false);
        first.createStory(story("space"));
        first.createStory(story("the sea"));
        second.createStory(story("dinosaurs"));

        BudgetExceededException refused = catchThrowableOfType(() -> second.createStory(story("trains")),
                BudgetExceededException.class);

        assertThat(refused.limit()).isEqualTo(BudgetExceededException.Limit.PER_DAY);
        assertThat(refused.spentUsd()).isEqualByComparingTo("0.006");
        assertThat(refused).hasMessageContaining("every client sharing the dynamodb store");
        assertThat(model.calls()).isEqualTo(3);

        first.close();
        second.close();
        UsageSummary later = client(Budget.none(), false).usage(LocalDate.of(2026, 5, 1), null);
        assertThat(later.total().modelCalls()).isEqualTo(3);
        assertThat(later.total().costUsd()).isEqualByComparingTo("0.006");
        assertThat(later.byPurpose()).containsOnlyKeys(CallPurpose.STORY);
        assertThat(later.byDay()).containsOnlyKeys(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aCacheHitLineStoredWithTheOldCacheHitPurposeReadsBackAsAStoryCacheHitAndKeepsCounting() throws Exception {
        StoryWeave sw = client(Budget.none(), true);
        DynamoDbStoryStore store = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).build();
        open.add(store);
        String day = "2026-05-04";
        String model = ScriptedModelProvider.modelIdFor(ModelTier.MEDIUM);
        // The items a cache-hit line had before CallPurpose: purpose CACHE_HIT, no cacheHit, keyed by that purpose.
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest((day + "|MEDIUM|CACHE_HIT|" + model + "|p1").getBytes(StandardCharsets.UTF_8));
        String lineKey = "spend#" + day + "#line#" + HexFormat.of().formatHex(hash, 0, 12);
        try (DynamoDbClient raw = DynaliteServer.shared().newClient()) {
            raw.putItem(r -> r.tableName(store.cacheTable()).item(Map.ofEntries(
                    Map.entry("pk", AttributeValue.fromS(lineKey)), Map.entry("day", AttributeValue.fromS(day)),
                    Map.entry("tier", AttributeValue.fromS("MEDIUM")), Map.entry("modelId", AttributeValue.fromS(model)),
                    Map.entry("purpose", AttributeValue.fromS("CACHE_HIT")),
                    Map.entry("profileId", AttributeValue.fromS("p1")), Map.entry("calls", AttributeValue.fromN("2")),
                    Map.entry("inputTokens", AttributeValue.fromN("0")),
                    Map.entry("outputTokens", AttributeValue.fromN("0")),
                    Map.entry("costUsd", AttributeValue.fromN("0")), Map.entry("savedUsd", AttributeValue.fromN("0.08")))));
            raw.putItem(r -> r.tableName(store.cacheTable()).item(Map.of("pk", AttributeValue.fromS("spend#" + day),
                    "costUsd", AttributeValue.fromN("0"), "lines", AttributeValue.fromSs(List.of(lineKey)))));
        }

        UsageLine old = store.spendCounters().lines(LocalDate.parse(day), LocalDate.parse(day)).get(0);
        store.spendCounters().add(UsageLine.cacheHit(LocalDate.parse(day), ModelTier.MEDIUM, model, "p1",
                new BigDecimal("0.04")));
        UsageSummary usage = sw.usage(LocalDate.parse(day), null);

        assertThat(old.purpose()).isEqualTo(CallPurpose.STORY);
        assertThat(old.cacheHit()).isTrue();
        assertThat(old.calls()).isEqualTo(2);
        assertThat(old.savedUsd()).isEqualByComparingTo("0.08");
        assertThat(usage.lines()).as("the new hit is added to the old line's item").singleElement()
                .satisfies(line -> assertThat(line.cacheHit()).isTrue())
                .satisfies(line -> assertThat(line.calls()).isEqualTo(3));
        assertThat(usage.byPurpose()).containsOnlyKeys(CallPurpose.STORY);
        assertThat(usage.total().cacheHits()).isEqualTo(3);
        assertThat(usage.total().modelCalls()).isZero();
        assertThat(usage.total().savedUsd()).isEqualByComparingTo("0.12");
    }
}
