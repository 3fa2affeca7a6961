package io.storyweave;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sums of ledger lines.
 *
 * @param modelCalls   paid model calls
 * @param cacheHits    stories served without a model call
 * @param inputTokens  tokens sent
 * @param outputTokens tokens written
 * @param costUsd      estimated dollars spent
 * @param savedUsd     estimated dollars the cache hits saved
 */
public record UsageTotals(long modelCalls, long cacheHits, long inputTokens, long outputTokens, BigDecimal costUsd,
                          BigDecimal savedUsd) {
    /** Nothing. */
    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Requires the amounts. */
    public UsageTotals {
        Objects.requireNonNull(costUsd, "costUsd");
        Objects.requireNonNull(savedUsd, "savedUsd");
    }

    /**
     * @param line a ledger line
     * @return these totals with the line added
     */
    public UsageTotals plus(UsageLine line) {
        boolean hit = line.cacheHit();
        return plus(new UsageTotals(hit ? 0 : line.calls(), hit ? line.calls() : 0, line.inputTokens(),
                line.outputTokens(), line.costUsd(), line.savedUsd()));
    }

    /**
     * @param other other totals
     * @return both summed
     */
    public UsageTotals plus(UsageTotals other) {
        return new UsageTotals(modelCalls + other.modelCalls, cacheHits + other.cacheHits,
                inputTokens + other.inputTokens, outputTokens + other.outputTokens, costUsd.add(other.costUsd),
                savedUsd.add(other.savedUsd));
    }
}
