package io.storyweave.spi;

import io.storyweave.UsageLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The spend facet of a {@link StoryStore}: the spend ledger, aggregated per UTC day, tier, model,
 * purpose, profile and whether the line counts paid calls or cache hits ({@link UsageLine#key()}), and
 * the daily totals budgets are checked against. A store that keeps it
 * where every instance sees it (the DynamoDB store) makes {@code Budget.maxPerDay} and
 * {@code Budget.maxPerProfilePerDay} hold across instances and lets {@code storyweave usage} show
 * spend across runs. A store without one returns {@link #NONE}; StoryWeave then counts in its
 * own process only.
 *
 * <p>Implementations must be thread-safe, add atomically across instances (a counter increment,
 * never read-modify-write), keep memory bounded (aggregates, not one entry per call), and report
 * failures as {@link io.storyweave.StorageException}.
 */
public interface SpendCounters {
    /** No shared counters: the core keeps its own in this process. */
    SpendCounters NONE = new SpendCounters() {
        @Override
        public void add(UsageLine line) {
            // Nothing is shared.
        }

        @Override
        public BigDecimal dayTotal(LocalDate day) {
            return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal profileDayTotal(LocalDate day, String profileId) {
            return BigDecimal.ZERO;
        }

        @Override
        public List<UsageLine> lines(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public String toString() {
            return "SpendCounters.NONE";
        }
    };

    /**
     * Adds a line (usually one call or one cache hit) to the aggregate with the same
     * {@link UsageLine#key()}, to its day's total cost and, when it has a profile, to that
     * profile's day total.
     *
     * @param line what to add
     */
    void add(UsageLine line);

    /**
     * @param day a UTC day
     * @return the estimated cost of every call added for that day
     */
    BigDecimal dayTotal(LocalDate day);

    /**
     * @param day       a UTC day
     * @param profileId a profile id
     * @return the estimated cost of the calls added for that profile on that day
     */
    BigDecimal profileDayTotal(LocalDate day, String profileId);

    /**
     * @param from the first UTC day
     * @param to   the last UTC day, included
     * @return the aggregated lines of those days still kept, in any order
     */
    List<UsageLine> lines(LocalDate from, LocalDate to);
}
