package io.storyweave;

import java.math.BigDecimal;

/**
 * Limits on estimated spend, in US dollars. Each limit is optional; a client without any (the
 * default, {@link #none()}) never refuses a call for cost. Days are UTC days: a daily limit
 * resets at 00:00 UTC.
 *
 * <ul>
 *   <li>{@code maxPerStory}: one story's calls (draft, corrective rewrite, review). Checked before
 *       each draft, from the prompt's size and the page budget (the most the model may write),
 *       counting the review that follows; and after each call with the real usage, so a rewrite
 *       that would start past the limit is refused. A story whose real cost ends above the limit
 *       is still returned: it was paid for.</li>
 *   <li>{@code maxPerProfilePerDay}: all calls for one stored profile in a UTC day.</li>
 *   <li>{@code maxPerDay}: all calls by every client sharing the store (with the DynamoDB store:
 *       every instance on the same tables; with the memory store: this process) in a UTC day.</li>
 *   <li>{@code maxPerInstancePerDay}: all calls by this client in a UTC day.</li>
 * </ul>
 *
 * A call that would take any of them past its limit is a {@link BudgetExceededException} and is
 * not sent. The review of a draft that was already paid for is never refused (the draft's check
 * counted it), so no paid-for story is thrown away for lack of its review.
 *
 * @param maxPerStory          dollars per story, or {@code null} for no limit
 * @param maxPerProfilePerDay  dollars per profile per UTC day, or {@code null}
 * @param maxPerDay            dollars per UTC day for everything sharing the store, or {@code null}
 * @param maxPerInstancePerDay dollars per UTC day for this client, or {@code null}
 */
public record Budget(BigDecimal maxPerStory, BigDecimal maxPerProfilePerDay, BigDecimal maxPerDay,
                     BigDecimal maxPerInstancePerDay) {
    /** Rejects negative limits. */
    public Budget {
        check("maxPerStory", maxPerStory);
        check("maxPerProfilePerDay", maxPerProfilePerDay);
        check("maxPerDay", maxPerDay);
        check("maxPerInstancePerDay", maxPerInstancePerDay);
    }

    private static void check(String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new StoryWeaveConfigException("budget " + name + " cannot be negative, was " + value.toPlainString()
                    + "; give dollars, e.g. \"0.10\", or leave it unset for no limit");
        }
    }

    /** @return no limits */
    public static Budget none() {
        return new Budget(null, null, null, null);
    }

    /** @return a builder with no limits set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether any limit is set */
    public boolean limitsAnything() {
        return maxPerStory != null || maxPerProfilePerDay != null || maxPerDay != null || maxPerInstancePerDay != null;
    }

    /** Builds a {@link Budget}; amounts are dollars as decimal text ("0.25") or {@link BigDecimal}. */
    public static final class Builder {
        private BigDecimal maxPerStory;
        private BigDecimal maxPerProfilePerDay;
        private BigDecimal maxPerDay;
        private BigDecimal maxPerInstancePerDay;

        private Builder() {
        }

        /**
         * @param dollars the most one story may cost, e.g. "0.10"
         * @return this
         */
        public Builder maxPerStory(String dollars) {
            maxPerStory = dollars("maxPerStory", dollars);
            return this;
        }

        /**
         * @param dollars the most all calls for one profile may cost in a UTC day
         * @return this
         */
        public Builder maxPerProfilePerDay(String dollars) {
            maxPerProfilePerDay = dollars("maxPerProfilePerDay", dollars);
            return this;
        }

        /**
         * @param dollars the most all clients sharing the store may spend in a UTC day
         * @return this
         */
        public Builder maxPerDay(String dollars) {
            maxPerDay = dollars("maxPerDay", dollars);
            return this;
        }

        /**
         * @param dollars the most this client may spend in a UTC day
         * @return this
         */
        public Builder maxPerInstancePerDay(String dollars) {
            maxPerInstancePerDay = dollars("maxPerInstancePerDay", dollars);
            return this;
        }

        /** @return the budget */
        public Budget build() {
            return new Budget(maxPerStory, maxPerProfilePerDay, maxPerDay, maxPerInstancePerDay);
        }

        private static BigDecimal dollars(String name, String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw new StoryWeaveConfigException("budget " + name + " must be a decimal number of dollars, e.g."
                        + " \"0.10\"; was \"" + text + "\"");
            }
        }
    }
}
