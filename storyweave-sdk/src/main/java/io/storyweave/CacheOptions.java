package io.storyweave;

import java.time.Duration;

/**
 * How stories are cached. Level 1 is in this process (bounded by weight), level 2 is the store's
 * shared cache table. Identical requests are answered from the cache instead of a new model call.
 *
 * <p>Across instances sharing a store, the first instance to miss takes a short lease on the
 * request and renews it every third of {@code leaseDuration} while the model writes; the others
 * wait for its story. A holder that dies stops renewing, so a waiter takes over after at most one
 * {@code leaseDuration}; a holder that is alive but slow is waited for at most {@code maxWait},
 * after which the waiter calls the model itself.
 *
 * @param enabled           whether stories are cached at all: when off, every request calls the model and
 *                          nothing is read from or written to either cache level
 * @param maxLocalWeight    the most bytes (estimated) of stories kept in level 1
 * @param localTtl          how long level 1 keeps a story
 * @param storeTtl          how long level 2 keeps a story
 * @param leaseDuration     how long a lease lasts without renewal: the longest a dead holder blocks
 *                          the others (the holder renews it every third of this while it works)
 * @param leasePollInterval how often a waiting instance looks for the story the lease holder writes
 * @param maxWait           the longest a request waits for another instance's story before calling
 *                          the model itself; about the longest a story takes to write
 */
public record CacheOptions(boolean enabled, long maxLocalWeight, Duration localTtl, Duration storeTtl,
                           Duration leaseDuration, Duration leasePollInterval, Duration maxWait) {
    /** The shortest lease: renewals every third of it must stay well above a store round trip. */
    public static final Duration MIN_LEASE_DURATION = Duration.ofMillis(30);

    /** Checks every bound. */
    public CacheOptions {
        positive("localTtl", localTtl);
        positive("storeTtl", storeTtl);
        positive("leaseDuration", leaseDuration);
        positive("leasePollInterval", leasePollInterval);
        positive("maxWait", maxWait);
        if (leaseDuration.compareTo(MIN_LEASE_DURATION) < 0) {
            throw new StoryWeaveConfigException("cache leaseDuration must be at least " + MIN_LEASE_DURATION.toMillis()
                    + " ms (it is renewed every third of it), was " + leaseDuration);
        }
        if (maxLocalWeight < 0) {
            throw new StoryWeaveConfigException("cache maxLocalWeight cannot be negative, was " + maxLocalWeight);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new StoryWeaveConfigException("cache " + name + " must be positive, was " + value);
        }
    }

    /**
     * @return the defaults: on, 64 MiB, 1 hour locally, 7 days in the store, 20 second lease, waiting
     *         at most 2 minutes for another instance
     */
    public static CacheOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CacheOptions}. */
    public static final class Builder {
        private boolean enabled = true;
        private long maxLocalWeight = 64L * 1024 * 1024;
        private Duration localTtl = Duration.ofHours(1);
        private Duration storeTtl = Duration.ofDays(7);
        private Duration leaseDuration = Duration.ofSeconds(20);
        private Duration leasePollInterval = Duration.ofMillis(200);
        private Duration maxWait = Duration.ofMinutes(2);

        private Builder() {
        }

        /**
         * @param value serve cached stories (default true)
         * @return this
         */
        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        /**
         * @param bytes most estimated bytes in level 1 (default 64 MiB)
         * @return this
         */
        public Builder maxLocalWeight(long bytes) {
            maxLocalWeight = bytes;
            return this;
        }

        /**
         * @param value level-1 time to live (default 1 hour)
         * @return this
         */
        public Builder localTtl(Duration value) {
            localTtl = value;
            return this;
        }

        /**
         * @param value level-2 time to live (default 7 days)
         * @return this
         */
        public Builder storeTtl(Duration value) {
            storeTtl = value;
            return this;
        }

        /**
         * @param value cross-instance lease without renewal (default 20 seconds, at least
         *              {@link #MIN_LEASE_DURATION}); the holder renews it every third of this
         * @return this
         */
        public Builder leaseDuration(Duration value) {
            leaseDuration = value;
            return this;
        }

        /**
         * @param value how often waiters poll (default 200 ms)
         * @return this
         */
        public Builder leasePollInterval(Duration value) {
            leasePollInterval = value;
            return this;
        }

        /**
         * @param value the longest a request waits for another instance writing the same story
         *              before calling the model itself (default 2 minutes, about the model's call timeout)
         * @return this
         */
        public Builder maxWait(Duration value) {
            maxWait = value;
            return this;
        }

        /** @return the options */
        public CacheOptions build() {
            return new CacheOptions(enabled, maxLocalWeight, localTtl, storeTtl, leaseDuration, leasePollInterval,
                    maxWait);
        }
    }
}
