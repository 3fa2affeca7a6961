package io.storyweave.spi;

import io.storyweave.Story;

import java.time.Duration;
import java.util.Optional;

/**
 * The shared-cache facet of a {@link StoryStore}: stories cached for every instance that shares
 * the store, and the leases that let one instance call the model while identical requests on the
 * others wait for its story. A store without one returns {@link #NONE}; StoryWeave then caches in
 * its own process only and every instance pays for its own call. Implementations must be
 * thread-safe, make the lease operations atomic across instances (conditional writes), and report
 * failures as {@link io.storyweave.StorageException}.
 */
public interface SharedStoryCache {
    /** No shared cache: nothing is found, writes are dropped, and every lease is granted at once. */
    SharedStoryCache NONE = new SharedStoryCache() {
        @Override
        public Optional<Story> getCachedStory(String key) {
            return Optional.empty();
        }

        @Override
        public void putCachedStory(String key, Story story, Duration ttl) {
            // Nothing is shared.
        }

        @Override
        public boolean tryAcquireLease(String key, String owner, Duration ttl) {
            return true;
        }

        @Override
        public boolean renewLease(String key, String owner, Duration ttl) {
            return true;
        }

        @Override
        public void releaseLease(String key, String owner) {
            // No lease was taken.
        }

        @Override
        public String toString() {
            return "SharedStoryCache.NONE";
        }
    };

    /**
     * @param key a cache key from the core
     * @return the cached story if present and not expired (expired items are ignored even before removal)
     */
    Optional<Story> getCachedStory(String key);

    /**
     * @param key   a cache key from the core
     * @param story the story
     * @param ttl   how long it may be served
     */
    void putCachedStory(String key, Story story, Duration ttl);

    /**
     * Takes the right to call the model for {@code key}, if nobody holds an unexpired lease.
     * Must be atomic across every instance sharing the store (a conditional write).
     *
     * @param key   a cache key from the core
     * @param owner a unique id of the caller
     * @param ttl   how long the lease lasts if not released
     * @return whether the caller now holds the lease
     */
    boolean tryAcquireLease(String key, String owner, Duration ttl);

    /**
     * Extends a lease its owner is still using, so that other instances keep waiting for its story
     * while a slow model call runs; the core calls it every third of the lease's duration. Must be
     * atomic like {@link #tryAcquireLease} (a write conditional on the owner).
     *
     * @param key   a cache key from the core
     * @param owner the id used to acquire it
     * @param ttl   how long the lease lasts from now if not renewed again
     * @return whether {@code owner} still holds the lease (false when it expired and another
     *         instance took it over, or it is gone); nothing is written when false
     */
    boolean renewLease(String key, String owner, Duration ttl);

    /**
     * Gives the lease up if {@code owner} still holds it.
     *
     * @param key   a cache key from the core
     * @param owner the id used to acquire it
     */
    void releaseLease(String key, String owner);
}
