package io.storyweave;

import java.time.Duration;

/**
 * How stories are cached. Level 1 is in this process (bounded by weight), level 2 is the store's
 * shared cache table. Identical requests are answered from the cache instead of a new model call.
 *
 * @param enabled           whether cached stories are served at all
 * @param maxLocalWeight    the most bytes (estimated) of stories kept in level 1
 * @param localTtl          how long level 1 keeps a story
 * @param storeTtl          how long level 2 keeps a story
 * @param leaseDuration     how long one instance may hold the right to call the model for a key
 *                          before another instance takes over (must exceed a slow model call)
 * @param leasePollInterval how often a waiting instance looks for the story the lease holder writes
 */
public record CacheOptions(boolean enabled, long maxLocalWeight, Duration localTtl, Duration storeTtl,
                           Duration leaseDuration, Duration leasePollInterval) {
    /** Checks every bound. */
    public CacheOptions {
        positive("localTtl", localTtl);
        positive("storeTtl", storeTtl);
        positive("leaseDuration", leaseDuration);
        positive("leasePollInterval", leasePollInterval);
        if (maxLocalWeight < 0) {
            throw new StoryWeaveConfigException("cache maxLocalWeight cannot be negative, was " + maxLocalWeight);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new StoryWeaveConfigException("cache " + name + " must be positive, was " + value);
        }
    }

    /** @return the defaults: on, 64 MiB, 1 hour locally, 7 days in the store, 2 minute lease */
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
        private Duration leaseDuration = Duration.ofMinutes(2);
        private Duration leasePollInterval = Duration.ofMillis(200);

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
         * @param value cross-instance lease (default 2 minutes)
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

        /** @return the options */
        public CacheOptions build() {
            return new CacheOptions(enabled, maxLocalWeight, localTtl, storeTtl, leaseDuration, leasePollInterval);
        }
    }
}
