package io.storyweave.internal;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.storyweave.ConflictException;
import io.storyweave.InvalidRequestException;
import io.storyweave.RetryOptions;
import io.storyweave.StorageException;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.StoryWeaveException;
import io.storyweave.internal.observe.Observers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Runs store calls, retrying writes that fail for transient reasons and turning anything a
 * store plugin throws into a {@link StorageException}. Each call is reported to the observers with its
 * operation, latency, attempts and outcome.
 */
final class StoreWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    /** One for every write: each runs in a retry context of its own, so only the event listener is shared. */
    private final Retry retry;
    /**
     * What the write now running on this thread writes, for the retry log: resilience4j publishes a retry on the
     * thread that retries, just before it waits, so this names the write without building a {@code Retry} per write.
     */
    private final ThreadLocal<String> writing = new ThreadLocal<>();
    private final String storeName;
    private final Observers observers;

    StoreWriter(RetryOptions options, String storeName, Observers observers) {
        this.storeName = storeName;
        this.observers = observers;
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(options.storeWriteAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(),
                        options.multiplier(), options.jitter(), options.maxBackoff()))
                .retryOnException(e -> !(e instanceof ConflictException || e instanceof InvalidRequestException))
                .failAfterMaxAttempts(false)
                .build();
        this.retry = Retry.of("storyweave-store", config);
        retry.getEventPublisher().onRetry(e -> LOG.warn("Store write ({}) attempt {} failed: {}; retrying in {} ms",
                writing.get(), e.getNumberOfRetryAttempts(), e.getLastThrowable().getMessage(),
                e.getWaitInterval().toMillis()));
    }

    /** A write worth retrying: idempotent, so repeating it is safe. */
    void write(StoreOperation operation, String what, Runnable write) {
        AtomicInteger attempts = new AtomicInteger();
        // A store that calls back into the same client from inside a write nests writes: the outer name comes back.
        String outer = writing.get();
        writing.set(what);
        try {
            timed(storeName, operation, observers, attempts::get, () -> {
                try {
                    retry.executeRunnable(() -> {
                        attempts.incrementAndGet();
                        write.run();
                    });
                    return null;
                } catch (RuntimeException e) {
                    throw wrap(what, e);
                }
            });
        } finally {
            if (outer == null) {
                writing.remove();
            } else {
                writing.set(outer);
            }
        }
    }

    /** A read or a non-idempotent write: one attempt, failures wrapped. */
    <T> T call(StoreOperation operation, String what, Supplier<T> call) {
        return timed(storeName, operation, observers, () -> 1, () -> {
            try {
                return call.get();
            } catch (RuntimeException e) {
                throw wrap(what, e);
            }
        });
    }

    /**
     * Runs store work and reports it to the observers.
     *
     * @param storeName the store's name
     * @param operation what is called
     * @param observers who hear of it
     * @param attempts  how many attempts were made, asked once the work is done
     * @param call      the work
     * @param <T>       its result
     * @return the result
     */
    static <T> T timed(String storeName, StoreOperation operation, Observers observers, IntSupplier attempts,
                       Supplier<T> call) {
        if (!observers.active()) {
            // Nobody hears the event: a level-2 cache hit should not pay for building it.
            return call.get();
        }
        long start = System.nanoTime();
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            observers.storeCall(StoreCall.failed(storeName, operation, e, Observers.since(start), attempts.getAsInt()));
            throw e;
        }
        observers.storeCall(StoreCall.succeeded(storeName, operation, Observers.since(start), attempts.getAsInt()));
        return result;
    }

    private StorageException wrap(String what, RuntimeException e) {
        if (e instanceof StorageException s) {
            return s;
        }
        if (e instanceof StoryWeaveException && !(e instanceof StorageException)) {
            throw e;
        }
        return new StorageException("The " + storeName + " store failed to " + what + ": " + e.getMessage()
                + ". Check that the store is reachable and its tables exist.", e);
    }
}
