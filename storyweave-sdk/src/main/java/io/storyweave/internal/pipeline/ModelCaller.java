package io.storyweave.internal.pipeline;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.storyweave.ModelCallException;
import io.storyweave.RetryOptions;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryWeaveException;
import io.storyweave.ThrottledException;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls the provider inside a resilience4j retry: exponential backoff with jitter, retrying only
 * what the provider classifies as retryable, and turning the final failure into the public
 * exception a caller can act on.
 */
public final class ModelCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCaller.class);

    private final ModelProvider provider;
    private final RetryConfig config;
    private final int maxAttempts;

    public ModelCaller(ModelProvider provider, RetryOptions options) {
        this.provider = provider;
        this.maxAttempts = options.maxAttempts();
        this.config = RetryConfig.custom()
                .maxAttempts(options.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(),
                        options.multiplier(), options.jitter(), options.maxBackoff()))
                .retryOnException(this::retryable)
                .failAfterMaxAttempts(false)
                .build();
    }

    private boolean retryable(Throwable failure) {
        try {
            return provider.isRetryable(failure);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param request       the call
     * @param streamingSink {@code null} for a plain call, else gives a fresh sink per attempt
     */
    public ModelResponse call(ModelRequest request, Supplier<OutputSink> streamingSink) {
        return run("Model call", () -> streamingSink == null
                ? provider.generate(request)
                : provider.generateStreaming(request, streamingSink.get()));
    }

    /**
     * Runs any provider call (a model call, the provider's output guard) with the same retries and
     * the same translation of the final failure.
     *
     * @param what  what is called, for the log
     * @param call  the call
     * @param <T>   its result
     * @return the result
     */
    public <T> T run(String what, Supplier<T> call) {
        Retry retry = Retry.of("storyweave-model", config);
        AtomicInteger attempts = new AtomicInteger();
        retry.getEventPublisher().onRetry(event -> LOG.warn("{} attempt {} of {} failed ({}); retrying in {} ms", what,
                event.getNumberOfRetryAttempts(), maxAttempts, describe(event.getLastThrowable()),
                event.getWaitInterval().toMillis()));
        try {
            return retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                return call.get();
            });
        } catch (ModelProviderException e) {
            throw giveUp(e, attempts.get());
        } catch (StoryWeaveException e) {
            throw e;
        } catch (RuntimeException e) {
            // A provider bug or an unexpected library exception: never let it leak raw.
            throw new ModelCallException("The " + provider.name() + " provider failed unexpectedly after "
                    + attempts.get() + " attempt(s): " + e, attempts.get(), null, null, e);
        }
    }

    private RuntimeException giveUp(ModelProviderException e, int attempts) {
        String where = "after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + (e.errorCode() == null ? "" : "; last error " + e.errorCode())
                + (e.requestId() == null ? "" : " (request id " + e.requestId() + ")");
        return switch (e.kind()) {
            case CONTENT_BLOCKED -> new StoryRejectedException("The model's output was blocked by a guardrail or"
                    + " content filter (" + where + ")", List.of(e.getMessage()));
            case THROTTLED, UNAVAILABLE -> new ThrottledException("The model was still throttled or unavailable "
                    + where + ": " + e.getMessage() + ". Slow down, raise the service quota, or allow more attempts"
                    + " with RetryOptions.maxAttempts.", attempts, e.errorCode(), e.requestId(), e);
            default -> new ModelCallException("The model call failed " + where + ": " + e.getMessage(),
                    attempts, e.errorCode(), e.requestId(), e);
        };
    }

    private static String describe(Throwable t) {
        if (t instanceof ModelProviderException e) {
            return e.kind() + (e.errorCode() == null ? "" : " " + e.errorCode());
        }
        return t.getClass().getSimpleName();
    }
}
