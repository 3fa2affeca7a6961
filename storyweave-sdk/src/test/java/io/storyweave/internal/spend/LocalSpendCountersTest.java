package io.storyweave.internal.spend;

import io.storyweave.CallPurpose;
import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.UsageLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSpendCountersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static UsageLine call(LocalDate day, String profileId, String cost) {
        return UsageLine.call(day, ModelTier.MEDIUM, "model-a", CallPurpose.STORY, profileId,
                TokenUsage.of(100, 50), new BigDecimal(cost));
    }

    @Test
    void sumsCallsOfOneKeyIntoOneLineAndKeepsOtherKeysApart() {
        LocalSpendCounters counters = new LocalSpendCounters();
        for (int i = 0; i < 1_000; i++) {
            counters.add(call(DAY, i % 2 == 0 ? "p1" : null, "0.001"));
        }
        assertThat(counters.lines(DAY, DAY)).hasSize(2).allSatisfy(line -> {
            assertThat(line.calls()).isEqualTo(500);
            assertThat(line.inputTokens()).isEqualTo(50_000);
            assertThat(line.costUsd()).isEqualByComparingTo("0.5");
        });
        assertThat(counters.dayTotal(DAY)).isEqualByComparingTo("1.0");
        assertThat(counters.profileDayTotal(DAY, "p1")).isEqualByComparingTo("0.5");
    }

    @Test
    void keepsTheLastNinetyDaysAsNewDaysStart() {
        LocalSpendCounters counters = new LocalSpendCounters();
        for (int d = 0; d < 120; d++) {
            counters.add(call(DAY.plusDays(d), null, "0.01"));
            // More calls on a day already there drop nothing.
            counters.add(call(DAY.plusDays(d), null, "0.01"));
        }
        LocalDate last = DAY.plusDays(119);
        assertThat(counters.lines(DAY.minusYears(1), last)).hasSize(LocalSpendCounters.KEPT_DAYS)
                .extracting(UsageLine::day).doesNotContain(last.minusDays(LocalSpendCounters.KEPT_DAYS))
                .contains(last.minusDays(LocalSpendCounters.KEPT_DAYS - 1L), last);
        assertThat(counters.dayTotal(last.minusDays(LocalSpendCounters.KEPT_DAYS))).isEqualByComparingTo("0");
        assertThat(counters.dayTotal(last)).isEqualByComparingTo("0.02");

        // A late line for a day that has left the window is not kept, and drops nothing newer.
        counters.add(call(DAY, null, "0.01"));
        assertThat(counters.dayTotal(DAY)).isEqualByComparingTo("0");
        assertThat(counters.lines(DAY.minusYears(1), last)).hasSize(LocalSpendCounters.KEPT_DAYS);
    }
}
