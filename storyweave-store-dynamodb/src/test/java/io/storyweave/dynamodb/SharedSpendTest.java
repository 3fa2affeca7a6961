package io.storyweave.dynamodb;

import io.storyweave.Budget;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        assertThat(later.byPurpose()).containsOnlyKeys(UsageLine.Purpose.STORY);
        assertThat(later.byDay()).containsOnlyKeys(LocalDate.of(2026, 5, 4));
    }
}
