package io.storyweave.internal;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.storyweave.ConflictException;
import io.storyweave.InvalidRequestException;
import io.storyweave.RetryOptions;
import io.storyweave.StorageException;
import io.storyweave.StoryWeaveException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs store calls, retrying writes that fail for transient reasons and turning anything a
 * store plugin throws into a {@link StorageException}.
 */
final class StoreWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private final RetryConfig config;
    private final String storeName;

    StoreWriter(RetryOptions options, String storeName) {
        this.storeName = storeName;
        this.config = RetryConfig.custom()
                .maxAttempts(options.storeWriteAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(),
                        options.multiplier(), options.jitter(), options.maxBackoff()))
                .retryOnException(e -> !(e instanceof ConflictException || e instanceof InvalidRequestException))
                .failAfterMaxAttempts(false)
                .build();
    }

    /** A write worth retrying: idempotent, so repeating it is safe. */
    void write(String what, Runnable write) {
        Retry retry = Retry.of("storyweave-store", config);
        retry.getEventPublisher().onRetry(e -> LOG.warn("Store write ({}) attempt {} failed: {}; retrying in {} ms",
                what, e.getNumberOfRetryAttempts(), e.getLastThrowable().getMessage(), e.getWaitInterval().toMillis()));
        try {
            retry.executeRunnable(write);
        } catch (RuntimeException e) {
            throw wrap(what, e);
        }
    }

    /** A read or a non-idempotent write: one attempt, failures wrapped. */
    <T> T call(String what, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw wrap(what, e);
        }
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
