package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.ManualClock;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Budgets refuse a model call before anything is sent when it would take spend past a limit, and
 * the ledger records every paid call and cache hit. Scripted calls use 100 input and 200 output
 * tokens; priced at $10 per million output tokens only, each call costs exactly $0.002, and a
 * one-page story's call is estimated at its 512 output tokens, $0.00512.
 */
class BudgetsAndUsageTest {
    private static final Instant LATE_EVENING = Instant.parse("2026-03-01T23:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final ModelPrice OUTPUT_ONLY = ModelPrice.of("0", "10");

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final ManualClock clock = new ManualClock(LATE_EVENING);
    private final MemoryStoryStore store = new MemoryStoryStore(clock);
    private final List<StoryWeave> clients = new ArrayList<>();

    private StoryWeave client(Budget budget) {
        return client(budget, store, model);
    }

    private StoryWeave client(Budget budget, StoryStore on, io.storyweave.spi.ModelProvider provider) {
        StoryWeave.Builder builder = StoryWeave.builder().provider(provider).store(on).clock(clock).budget(budget);
        for (ModelTier tier : ModelTier.values()) {
            builder.price(ScriptedModelProvider.modelIdFor(tier), OUTPUT_ONLY);
        }
        StoryWeave sw = builder.build();
        clients.add(sw);
        return sw;
    }

    @AfterEach
    void close() {
        clients.forEach(StoryWeave::close);
        store.close();
    }

    private static StoryRequest oneStory(String theme) {
        return StoryRequest.of(Neurotype.ADHD, 7, theme, List.of(), 1);
    }

    @Test
    void aStoryWhoseEstimateIsAboveThePerStoryBudgetIsRefusedBeforeAnythingIsSent() {
        StoryWeave sw = client(Budget.builder().maxPerStory("0.005").build());

        BudgetExceededException refused = catchThrowableOfType(() -> sw.createStory(oneStory("space")),
                BudgetExceededException.class);

        assertThat(model.calls()).isZero();
        assertThat(refused.limit()).isEqualTo(BudgetExceededException.Limit.PER_STORY);
        assertThat(refused.limitUsd()).isEqualByComparingTo("0.005");
        assertThat(refused.spentUsd()).isEqualByComparingTo("0");
        assertThat(refused.resetsAt()).isEmpty();
        assertThat(refused).isInstanceOf(StoryWeaveException.class)
                .hasMessageContaining("per-story budget of $0.005").hasMessageContaining("$0.00512")
                .hasMessageContaining("nothing was sent").hasMessageContaining("Budget.maxPerStory");
        assertThat(sw.usage().lines()).isEmpty();
    }

    @Test
    void theDailyBudgetRefusesTheCallThatWouldPassItAndStartsAgainAtUtcMidnight() {
        StoryWeave sw = client(Budget.builder().maxPerDay("0.01").build());
        sw.createStory(oneStory("space"));
        sw.createStory(oneStory("the sea"));
        sw.createStory(oneStory("dinosaurs"));

        // $0.006 spent; the next call may cost $0.00512, which would pass $0.01.
        BudgetExceededException refused = catchThrowableOfType(() -> sw.createStory(oneStory("trains")),
                BudgetExceededException.class);

        assertThat(model.calls()).isEqualTo(3);
        assertThat(refused.limit()).isEqualTo(BudgetExceededException.Limit.PER_DAY);
        assertThat(refused.spentUsd()).isEqualByComparingTo("0.006");
        assertThat(refused.resetsAt()).contains(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(refused).hasMessageContaining("daily budget of $0.01").hasMessageContaining("$0.006 spent")
                .hasMessageContaining("2026-03-01 (UTC)").hasMessageContaining("resets at 2026-03-02T00:00:00Z");

        clock.advance(Duration.ofHours(1));
        Story nextDay = sw.createStory(oneStory("trains"));

        assertThat(nextDay.source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(4);
    }

    @Test
    void aStoryServedFromTheCacheIsNotRefusedWhenTheBudgetIsSpent() {
        StoryWeave sw = client(Budget.builder().maxPerDay("0.007").build());
        sw.createStory(oneStory("space"));
        assertThatThrownBy(() -> sw.createStory(oneStory("the sea"))).isInstanceOf(BudgetExceededException.class);

        Story again = sw.createStory(oneStory("space"));

        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void theProfileBudgetStopsOneChildsStoriesAndNotAnothers() {
        StoryWeave sw = client(Budget.builder().maxPerProfilePerDay("0.008").build());
        ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                .neurotypes(Neurotype.ADHD).build());
        ChildProfile leo = sw.profiles().create(ChildProfile.builder().displayName("Leo").age(7)
                .neurotypes(Neurotype.ADHD).build());
        sw.createStory(mia.id(), StoryOptions.of("space", 1));
        sw.createStory(mia.id(), StoryOptions.of("the sea", 1));

        BudgetExceededException refused = catchThrowableOfType(
                () -> sw.createStory(mia.id(), StoryOptions.of("dinosaurs", 1)), BudgetExceededException.class);
        Story forLeo = sw.createStory(leo.id(), StoryOptions.of("dinosaurs", 1));

        assertThat(refused.limit()).isEqualTo(BudgetExceededException.Limit.PER_PROFILE_PER_DAY);
        assertThat(refused.spentUsd()).isEqualByComparingTo("0.004");
        assertThat(refused).hasMessageContaining("profile " + mia.id());
        assertThat(forLeo.source()).isEqualTo(StorySource.MODEL);
        assertThat(model.calls()).isEqualTo(3);
    }

    @Test
    void clientsOnOneStoreShareTheDailyBudgetButEachHasItsOwnPerInstanceBudget() {
        Budget budget = Budget.builder().maxPerDay("0.012").maxPerInstancePerDay("0.008").build();
        StoryWeave first = client(budget);
        StoryWeave second = client(budget);
        first.createStory(oneStory("space"));
        first.createStory(oneStory("the sea"));

        BudgetExceededException own = catchThrowableOfType(() -> first.createStory(oneStory("trains")),
                BudgetExceededException.class);
        second.createStory(oneStory("trains"));
        second.createStory(oneStory("boats"));
        BudgetExceededException shared = catchThrowableOfType(() -> client(budget).createStory(oneStory("planes")),
                BudgetExceededException.class);

        assertThat(own.limit()).isEqualTo(BudgetExceededException.Limit.PER_INSTANCE_PER_DAY);
        assertThat(own.spentUsd()).isEqualByComparingTo("0.004");
        assertThat(own).hasMessageContaining("this client");
        assertThat(shared.limit()).isEqualTo(BudgetExceededException.Limit.PER_DAY);
        assertThat(shared.spentUsd()).isEqualByComparingTo("0.008");
        assertThat(shared).hasMessageContaining("every client sharing the memory store");
        assertThat(model.calls()).isEqualTo(4);
        assertThat(first.usage().total().costUsd()).isEqualByComparingTo("0.008");
    }

    @Test
    void everyPaidCallAndCacheHitIsInTheLedgerByPurposeTierModelAndProfile() {
        ScriptedModelProvider reviewed = new ScriptedModelProvider().reviewByDefault(true);
        StoryWeave sw = client(Budget.none(), store, reviewed);
        ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                .neurotypes(Neurotype.ADHD).build());
        reviewed.thenAnswer("{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] ran.\"}]}").thenValidStory();
        Story paid = sw.createStory(mia.id(), StoryOptions.of("space", 1));
        Story reused = sw.createStory(oneStory("space"));

        UsageSummary usage = sw.usage();

        assertThat(reused.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(usage.byPurpose().get(CallPurpose.STORY).modelCalls()).isEqualTo(1);
        assertThat(usage.byPurpose().get(CallPurpose.CORRECTION).modelCalls()).isEqualTo(1);
        assertThat(usage.byPurpose().get(CallPurpose.REVIEW).modelCalls()).isEqualTo(1);
        assertThat(usage.byPurpose()).as("a cache hit counts as the story call it saved")
                .containsOnlyKeys(CallPurpose.values());
        assertThat(usage.byPurpose().get(CallPurpose.STORY).cacheHits()).isEqualTo(1);
        assertThat(usage.lines()).filteredOn(UsageLine::cacheHit).singleElement()
                .satisfies(hit -> assertThat(hit.purpose()).isEqualTo(CallPurpose.STORY))
                .satisfies(hit -> assertThat(hit.costUsd()).isZero());
        assertThat(usage.byTier().get(ModelTier.CHEAP).modelCalls()).isEqualTo(1);
        assertThat(usage.byModel()).containsKeys(ScriptedModelProvider.modelIdFor(ModelTier.MEDIUM),
                ScriptedModelProvider.modelIdFor(ModelTier.CHEAP));
        UsageTotals total = usage.total();
        assertThat(total.modelCalls()).isEqualTo(3);
        assertThat(total.inputTokens()).isEqualTo(300);
        assertThat(total.outputTokens()).isEqualTo(600);
        assertThat(total.costUsd()).isEqualByComparingTo(paid.estimatedCostUsd()).isEqualByComparingTo("0.006");
        assertThat(total.cacheHits()).isEqualTo(1);
        assertThat(total.savedUsd()).isEqualByComparingTo(paid.estimatedCostUsd());
        assertThat(usage.byProfile().get(mia.id()).costUsd()).isEqualByComparingTo("0.006");
        assertThat(usage.byProfile().get(UsageSummary.NO_PROFILE).cacheHits()).isEqualTo(1);
        assertThat(usage.byDay()).containsOnlyKeys(DAY);
        assertThat(sw.usage(DAY, mia.id()).total().cacheHits()).isZero();
        assertThat(sw.usage(DAY.plusDays(0), "nobody").lines()).isEmpty();
    }

    @Test
    void cacheHitsCountUnderTheUtcDayTheyAreServedOnAsTheClockCrossesMidnightEitherWay() {
        StoryWeave sw = client(Budget.none());
        sw.createStory(oneStory("space"));
        sw.createStory(oneStory("space"));
        clock.advance(Duration.ofMinutes(59).plusSeconds(59).plusMillis(999));
        sw.createStory(oneStory("space"));
        clock.advance(Duration.ofMillis(1));
        sw.createStory(oneStory("space"));
        clock.advance(Duration.ofHours(-2));
        sw.createStory(oneStory("space"));
        clock.advance(Duration.ofHours(3));
        sw.createStory(oneStory("space"));

        Map<LocalDate, UsageTotals> byDay = sw.usage().byDay();
        assertThat(byDay).containsOnlyKeys(DAY, DAY.plusDays(1));
        assertThat(byDay.get(DAY).cacheHits()).as("23:00, 23:59:59.999 and, with the clock set back, 22:00").isEqualTo(3);
        assertThat(byDay.get(DAY.plusDays(1)).cacheHits()).as("00:00 and 01:00").isEqualTo(2);
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void theLedgerCountsEachUtcDaySeparately() {
        StoryWeave sw = client(Budget.none());
        sw.createStory(oneStory("space"));
        clock.advance(Duration.ofHours(2));
        sw.createStory(oneStory("the sea"));

        assertThat(sw.usage().byDay()).containsOnlyKeys(DAY, DAY.plusDays(1));
        assertThat(sw.usage(DAY.plusDays(1), null).total().costUsd()).isEqualByComparingTo("0.002");
        assertThatThrownBy(() -> sw.usage(DAY.plusDays(2), null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("since");
        assertThat(sw.usage(DAY.minusYears(1), null).from()).as("read from the oldest day kept")
                .isEqualTo(DAY.plusDays(1).minusDays(89));
    }

    @Test
    void aPaidStoryThatEndsAboveThePerStoryBudgetIsReturnedButARewriteThatWouldStartAboveItIsRefused() {
        // Each call reports 2,000 output tokens ($0.02), far more than the page budget let the estimate expect.
        io.storyweave.spi.ModelProvider verbose = new DelegatingProvider(model) {
            @Override
            public ModelResponse generate(ModelRequest request) {
                ModelResponse r = super.generate(request);
                return new ModelResponse(r.outputJson(), new TokenUsage(100, 2_000), r.modelId(), r.stopReason(),
                        r.requestId());
            }
        };
        StoryWeave sw = client(Budget.builder().maxPerStory("0.015").build(), store, verbose);

        Story overBudget = sw.createStory(oneStory("space"));
        model.thenAnswer("{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] ran.\"}]}");
        BudgetExceededException refused = catchThrowableOfType(() -> sw.createStory(oneStory("the sea")),
                BudgetExceededException.class);

        assertThat(overBudget.estimatedCostUsd()).isEqualByComparingTo("0.02");
        assertThat(overBudget.pages()).hasSize(1);
        assertThat(refused.limit()).isEqualTo(BudgetExceededException.Limit.PER_STORY);
        assertThat(refused.spentUsd()).isEqualByComparingTo("0.02");
        assertThat(refused).hasMessageContaining("corrective rewrite");
        assertThat(model.calls()).isEqualTo(2);
        assertThat(sw.usage().total().costUsd()).isEqualByComparingTo("0.04");
    }

    @Test
    void aBudgetForAModelWithoutAKnownPriceIsRefusedWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> StoryWeave.builder().provider(model).store(store)
                .budget(Budget.builder().maxPerDay("5").build()).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining(ScriptedModelProvider.modelIdFor(ModelTier.MEDIUM))
                .hasMessageContaining("price(");
    }

    @Test
    void budgetAmountsAreCheckedWhenGiven() {
        assertThatThrownBy(() -> Budget.builder().maxPerDay("-1").build()).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("maxPerDay").hasMessageContaining("-1");
        assertThatThrownBy(() -> Budget.builder().maxPerStory("ten cents")).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("ten cents");
        assertThat(Budget.none().limitsAnything()).isFalse();
        assertThat(new BigDecimal("0.1")).isEqualByComparingTo(Budget.builder().maxPerStory("0.10").build().maxPerStory());
    }
}
