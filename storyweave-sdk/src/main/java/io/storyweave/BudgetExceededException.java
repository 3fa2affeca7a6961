package io.storyweave;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A model call was not made because it would have taken spend past a {@link Budget} limit.
 * Nothing was sent for the refused call; the message names the budget, what was spent, the limit
 * and when the budget resets.
 */
public class BudgetExceededException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;

    /** Which limit of the {@link Budget} was reached. */
    public enum Limit {
        /** {@link Budget#maxPerStory()}. */
        PER_STORY,
        /** {@link Budget#maxPerProfilePerDay()}. */
        PER_PROFILE_PER_DAY,
        /** {@link Budget#maxPerDay()}. */
        PER_DAY,
        /** {@link Budget#maxPerInstancePerDay()}. */
        PER_INSTANCE_PER_DAY
    }

    private final Limit limit;
    private final BigDecimal spentUsd;
    private final BigDecimal limitUsd;
    private final transient Instant resetsAt;

    /**
     * @param message  what was refused, the spend, the limit, when it resets and what to do
     * @param limit    which limit
     * @param spentUsd spend counted against it so far (before the refused call)
     * @param limitUsd the limit
     * @param resetsAt when a daily limit starts again from zero, or {@code null} for the per-story limit
     */
    public BudgetExceededException(String message, Limit limit, BigDecimal spentUsd, BigDecimal limitUsd,
                                   Instant resetsAt) {
        super(message);
        this.limit = limit;
        this.spentUsd = spentUsd;
        this.limitUsd = limitUsd;
        this.resetsAt = resetsAt;
    }

    /** @return which limit was reached */
    public Limit limit() {
        return limit;
    }

    /** @return dollars counted against the limit before the refused call */
    public BigDecimal spentUsd() {
        return spentUsd;
    }

    /** @return the limit in dollars */
    public BigDecimal limitUsd() {
        return limitUsd;
    }

    /** @return when a daily limit resets (the next 00:00 UTC); empty for the per-story limit */
    public Optional<Instant> resetsAt() {
        return Optional.ofNullable(resetsAt);
    }
}
