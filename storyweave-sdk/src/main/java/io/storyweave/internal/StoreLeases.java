package io.storyweave.internal;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.StoryWeaveException;
import io.storyweave.internal.observe.Observers;
import io.storyweave.spi.SharedStoryCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The cross-instance lease that lets one instance call the model for a cache key while the others
 * wait for its story. The holder renews its lease every third of {@link CacheOptions#leaseDuration()}
 * while it works, so a waiter takes over only once renewals stop (the holder died or lost the
 * store), after at most one lease duration; a holder that is alive but slow is waited for at most
 * {@link CacheOptions#maxWait()}. A release that fails because the store is down is retried in the
 * background until it lands or the lease has expired anyway, so an outage does not leave the key
 * blocked for the others.
 */
final class StoreLeases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLeases.class);
    private static final int SHOWN_KEY_CHARS = 16;
    /** Once the store is back, a failed release lands within this, so waiters elsewhere go on soon. */
    private static final long MAX_RELEASE_RETRY_MILLIS = 2000;

    /** The right to call the model for one key; closing it gives the right up. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** Calling the model without holding anything: the store was unreachable, or the wait ran out. */
    static final Lease NONE = () -> {
    };

    /**
     * What claiming a key ended with: a lease to call the model under, or the story another
     * instance wrote meanwhile. Exactly one is set.
     *
     * @param lease   the lease (possibly {@link #NONE}) when this caller must write the story
     * @param written the story another instance wrote
     */
    record Turn(Lease lease, Story written) {
        static Turn write(Lease lease) {
            return new Turn(lease, null);
        }

        static Turn served(Story story) {
            return new Turn(null, story);
        }
    }

    private enum Attempt { HELD, BUSY, UNREACHABLE }

    private final SharedStoryCache store;
    private final String storeName;
    private final CacheOptions options;
    private final Observers observers;
    private final String instanceId = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledThreadPoolExecutor timer;
    private final Set<HeldLease> unreleased = ConcurrentHashMap.newKeySet();

    StoreLeases(SharedStoryCache store, String storeName, CacheOptions options, Observers observers) {
        this.store = store;
        this.storeName = storeName;
        this.options = options;
        this.observers = observers;
        // A thread is started only when the first lease is held.
        this.timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("storyweave-leases"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Takes the lease for {@code key}, or waits for the instance holding it to write the story.
     *
     * @param key     the cache key
     * @param lookup  reads the story from the shared cache (empty when absent or unreadable)
     * @param waiting told once, when this request starts waiting for another instance
     * @return the story another instance wrote, or a lease to call the model under
     */
    Turn claim(String key, Supplier<Optional<Story>> lookup, Consumer<String> waiting) {
        String owner = instanceId + "#" + sequence.incrementAndGet();
        long deadline = System.nanoTime() + options.maxWait().toNanos();
        boolean waited = false;
        while (true) {
            Attempt attempt = tryAcquire(key, owner);
            if (attempt == Attempt.UNREACHABLE) {
                return Turn.write(NONE);
            }
            if (attempt == Attempt.HELD) {
                if (waited) {
                    LOG.info("Taking over story {}: the other instance gave its lease up or stopped renewing it",
                            shown(key));
                }
                return start(key, owner, lookup);
            }
            if (!waited) {
                waited = true;
                String reason = "Another instance is writing the same story; waiting up to " + seconds(options.maxWait())
                        + " s for it instead of paying for a second model call";
                LOG.info("{} (story {})", reason, shown(key));
                waiting.accept(reason);
            } else if (System.nanoTime() - deadline >= 0) {
                LOG.warn("Waited {} s for another instance to write story {} and it still holds the lease;"
                        + " calling the model here. Raise CacheOptions.maxWait if stories take longer to write.",
                        seconds(options.maxWait()), shown(key));
                return Turn.write(NONE);
            }
            sleep(options.leasePollInterval());
            Optional<Story> written = lookup.get();
            if (written.isPresent()) {
                return Turn.served(written.get());
            }
        }
    }

    private Turn start(String key, String owner, Supplier<Optional<Story>> lookup) {
        HeldLease lease = new HeldLease(key, owner);
        // The previous holder may have written the story and released just before we took over.
        Optional<Story> written = lookup.get();
        if (written.isPresent()) {
            lease.close();
            return Turn.served(written.get());
        }
        lease.renewWhileHeld();
        return Turn.write(lease);
    }

    private Attempt tryAcquire(String key, String owner) {
        try {
            return StoreWriter.timed(storeName, StoreOperation.ACQUIRE_LEASE, observers, () -> 1,
                    () -> store.tryAcquireLease(key, owner, options.leaseDuration())) ? Attempt.HELD : Attempt.BUSY;
        } catch (RuntimeException e) {
            // Without the store we cannot coordinate; paying for one call beats failing the request.
            LOG.warn("Could not take a lease in the {} store; calling the model without one: {}", storeName,
                    e.getMessage());
            return Attempt.UNREACHABLE;
        }
    }

    /** Stops renewing, and gives back once more the leases whose release failed (best effort). */
    @Override
    public void close() {
        timer.shutdownNow();
        for (HeldLease lease : List.copyOf(unreleased)) {
            lease.releaseOnce();
        }
    }

    private final class HeldLease implements Lease {
        private final String key;
        private final String owner;
        private volatile long expiresAtNanos;
        private volatile ScheduledFuture<?> renewal;
        private volatile boolean closed;

        HeldLease(String key, String owner) {
            this.key = key;
            this.owner = owner;
            this.expiresAtNanos = System.nanoTime() + options.leaseDuration().toNanos();
        }

        void renewWhileHeld() {
            long period = Math.max(1, options.leaseDuration().toMillis() / 3);
            try {
                renewal = timer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The client is closing: the lease simply expires.
            }
        }

        private void renew() {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            try {
                if (store.renewLease(key, owner, options.leaseDuration())) {
                    expiresAtNanos = now + options.leaseDuration().toNanos();
                } else if (!closed) {
                    LOG.warn("The lease on story {} expired before it was renewed and another instance took it over;"
                            + " that instance may call the model too", shown(key));
                    stopRenewing();
                }
            } catch (RuntimeException e) {
                // The lease keeps its last expiry; if the store stays away, waiters take over after it.
                LOG.debug("Could not renew the lease on story {} in the {} store: {}", shown(key), storeName,
                        e.getMessage());
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            stopRenewing();
            if (!releaseOnce()) {
                unreleased.add(this);
                LOG.warn("Could not release the lease on story {} in the {} store; retrying in the background until it"
                        + " expires (within {} s), so other instances are not kept waiting", shown(key), storeName,
                        seconds(options.leaseDuration()));
                retryRelease(options.leasePollInterval().toMillis());
            }
        }

        private void stopRenewing() {
            ScheduledFuture<?> running = renewal;
            if (running != null) {
                running.cancel(false);
            }
        }

        /** @return whether the lease was released */
        boolean releaseOnce() {
            try {
                store.releaseLease(key, owner);
                unreleased.remove(this);
                return true;
            } catch (RuntimeException e) {
                LOG.debug("Releasing the lease on story {} failed: {}", shown(key), e.getMessage());
                return false;
            }
        }

        private void retryRelease(long delayMillis) {
            long cap = Math.max(1, Math.min(MAX_RELEASE_RETRY_MILLIS, options.leaseDuration().toMillis() / 3));
            try {
                timer.schedule(() -> {
                    if (releaseOnce()) {
                        return;
                    }
                    if (System.nanoTime() - expiresAtNanos >= 0) {
                        // Expired in the store too by now: nobody is kept waiting any more.
                        unreleased.remove(this);
                        return;
                    }
                    retryRelease(Math.min(cap, delayMillis * 2));
                }, Math.min(cap, delayMillis), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The client is closing; close() makes one last attempt.
            }
        }
    }

    private static String shown(String key) {
        return key.length() <= SHOWN_KEY_CHARS ? key : key.substring(0, SHOWN_KEY_CHARS) + "…";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryWeaveException("Interrupted while waiting for another instance to write the story", e);
        }
    }
}
