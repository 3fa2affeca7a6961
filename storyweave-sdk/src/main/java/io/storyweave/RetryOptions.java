package io.storyweave;

import java.time.Duration;

/**
 * How model calls and store writes are retried. Only failures the provider classifies as
 * retryable (throttling, unavailable, timeouts, connection resets) are retried, with exponential
 * backoff and jitter; bad requests never are.
 *
 * @param maxAttempts      total model calls per draft, first included (1 = no retry)
 * @param initialBackoff   wait before the first retry
 * @param maxBackoff       longest wait between attempts
 * @param multiplier       growth of the wait per attempt
 * @param jitter           randomisation factor, 0 (none) to 1
 * @param storeWriteAttempts total attempts to write a generated story to the store
 */
public record RetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
                           double jitter, int storeWriteAttempts) {
    /** Checks every bound. */
    public RetryOptions {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new StoryWeaveConfigException("retry maxAttempts must be 1 to 20, was " + maxAttempts);
        }
        if (storeWriteAttempts < 1 || storeWriteAttempts > 20) {
            throw new StoryWeaveConfigException("retry storeWriteAttempts must be 1 to 20, was " + storeWriteAttempts);
        }
        if (initialBackoff == null || maxBackoff == null || initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new StoryWeaveConfigException("retry backoff must satisfy 1 ms <= initialBackoff <= maxBackoff, was "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (!(multiplier >= 1.0 && multiplier <= 100.0)) {
            throw new StoryWeaveConfigException("retry multiplier must be 1.0 to 100.0, was " + multiplier);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new StoryWeaveConfigException("retry jitter must be at least 0 and below 1, was " + jitter);
        }
    }

    /** @return the defaults: 4 attempts, 250 ms doubling to 8 s, jitter 0.5, 3 store attempts */
    public static RetryOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RetryOptions}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(250);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private int storeWriteAttempts = 3;

        private Builder() {
        }

        /**
         * @param value total model calls per draft (default 4)
         * @return this
         */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /**
         * @param value first wait (default 250 ms)
         * @return this
         */
        public Builder initialBackoff(Duration value) {
            initialBackoff = value;
            return this;
        }

        /**
         * @param value longest wait (default 8 s)
         * @return this
         */
        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        /**
         * @param value growth per attempt (default 2.0)
         * @return this
         */
        public Builder multiplier(double value) {
            multiplier = value;
            return this;
        }

        /**
         * @param value randomisation 0..1 (default 0.5)
         * @return this
         */
        public Builder jitter(double value) {
            jitter = value;
            return this;
        }

        /**
         * @param value attempts to store a generated story (default 3)
         * @return this
         */
        public Builder storeWriteAttempts(int value) {
            storeWriteAttempts = value;
            return this;
        }

        /** @return the options */
        public RetryOptions build() {
            return new RetryOptions(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, storeWriteAttempts);
        }
    }
}
