package io.storyweave.internal.pipeline;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import io.storyweave.ModelCallException;
import io.storyweave.RetryOptions;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallRetried;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveException;
import io.storyweave.StoryWeaveObserver;
import io.storyweave.ThrottledException;
import io.storyweave.internal.observe.Observers;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls the provider inside a resilience4j retry: exponential backoff with jitter, retrying only
 * what the provider classifies as retryable, and turning the final failure into the public
 * exception a caller can act on. Each model call is reported to the observers: started, each retry, and
 * finished with its latency, attempts, throttles, tokens and estimated cost.
 */
public final class ModelCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCaller.class);

    private final ModelProvider provider;
    /** One for every call: each runs in a retry context of its own, so only the event listener is shared. */
    private final Retry retry;
    /**
     * The call now running on this thread, for the retry listener: resilience4j publishes a retry on the thread
     * that retries, just before it waits, so this names the call without building a {@code Retry} per call.
     */
    private final ThreadLocal<Running> running = new ThreadLocal<>();
    private final int maxAttempts;
    private final Prices prices;
    private final Observers observers;

    public ModelCaller(ModelProvider provider, RetryOptions options, Prices prices, Observers observers) {
        this.provider = provider;
        this.prices = prices;
        this.observers = observers;
        this.maxAttempts = options.maxAttempts();
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(options.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(),
                        options.multiplier(), options.jitter(), options.maxBackoff()))
                .retryOnException(this::retryable)
                .failAfterMaxAttempts(false)
                .build();
        this.retry = Retry.of("storyweave-model", config);
        retry.getEventPublisher().onRetry(this::retrying);
    }

    /** A call in progress: what it is, for the log, and its tally. */
    private record Running(String what, Tally tally) {
    }

    private void retrying(RetryOnRetryEvent event) {
        Running call = running.get();
        LOG.warn("{} attempt {} of {} failed ({}); retrying in {} ms", call == null ? "A call" : call.what(),
                event.getNumberOfRetryAttempts(), maxAttempts, describe(event.getLastThrowable()),
                event.getWaitInterval().toMillis());
        if (call != null && call.tally().call != null) {
            observers.modelCallRetried(ModelCallRetried.of(call.tally().call, event.getNumberOfRetryAttempts(),
                    reason(event.getLastThrowable()), event.getWaitInterval()));
        }
    }

    private boolean retryable(Throwable failure) {
        try {
            return provider.isRetryable(failure);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A provider's answer with its estimated cost, priced once for both the observers and the spend ledger.
     *
     * @param response the answer
     * @param cost     its estimated cost, or {@code null} when no price is known for the model
     */
    public record Answer(ModelResponse response, BigDecimal cost) {
    }

    /**
     * @param request       the call
     * @param streamingSink {@code null} for a plain call, else gives a fresh sink per attempt
     * @return the answer and its estimated cost
     */
    public Answer call(ModelRequest request, Supplier<OutputSink> streamingSink) {
        Supplier<ModelResponse> attempt = () -> streamingSink == null
                ? provider.generate(request)
                : provider.generateStreaming(request, streamingSink.get());
        if (!observers.active()) {
            // Nobody listens (the default): no events to build.
            ModelResponse response = run("Model call", attempt, new Tally(null));
            return new Answer(response, prices.cost(request.model(), response.modelId(), response.usage()));
        }
        ModelCallStarted started = ModelCallStarted.of(provider.name(), request.purpose(), request.model().tier(),
                request.model().modelId(), request.maxTokens());
        StoryWeaveObserver.Scope<ModelCallFinished> scope = observers.modelCallStarted(started);
        Tally tally = new Tally(started);
        long start = System.nanoTime();
        ModelCallFinished finished;
        ModelResponse response;
        try {
            response = run("Model call", attempt, tally);
        } catch (RuntimeException e) {
            finished = ModelCallFinished.failed(started, e, Observers.since(start), tally.attempts.get(),
                    tally.throttles.get());
            observers.modelCallFinished(finished);
            scope.stop(finished);
            throw e;
        }
        BigDecimal cost = prices.cost(request.model(), response.modelId(), response.usage());
        finished = ModelCallFinished.succeeded(started, response.modelId(), Observers.since(start), tally.attempts.get(),
                tally.throttles.get(), response.usage(), cost);
        observers.modelCallFinished(finished);
        scope.stop(finished);
        return new Answer(response, cost);
    }

    /**
     * Runs any provider call (the provider's output guard) with the same retries and the same
     * translation of the final failure as a model call.
     *
     * @param what  what is called, for the log
     * @param call  the call
     * @param <T>   its result
     * @return the result
     */
    public <T> T run(String what, Supplier<T> call) {
        return run(what, call, new Tally(null));
    }

    /** Attempts and throttles of one call, and the model call they belong to ({@code null} for other calls). */
    private static final class Tally {
        final ModelCallStarted call;
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger throttles = new AtomicInteger();

        Tally(ModelCallStarted call) {
            this.call = call;
        }
    }

    private <T> T run(String what, Supplier<T> call, Tally tally) {
        AtomicInteger attempts = tally.attempts;
        running.set(new Running(what, tally));
        try {
            return retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                try {
                    return call.get();
                } catch (ModelProviderException e) {
                    if (e.kind() == ModelProviderException.Kind.THROTTLED) {
                        tally.throttles.incrementAndGet();
                    }
                    throw e;
                }
            });
        } catch (ModelProviderException e) {
            throw giveUp(e, attempts.get());
        } catch (StoryWeaveException e) {
            throw e;
        } catch (RuntimeException e) {
            // A provider bug or an unexpected library exception: never let it leak raw.
            throw new ModelCallException("The " + provider.name() + " provider failed unexpectedly after "
                    + attempts.get() + " attempt(s): " + e, attempts.get(), null, null, e);
        } finally {
            // Calls never nest (a provider cannot reach this caller), so there is no outer call to restore.
            running.remove();
        }
    }

    private static String reason(Throwable t) {
        return t instanceof ModelProviderException e ? e.kind().name().toLowerCase(Locale.ROOT) : "other";
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
