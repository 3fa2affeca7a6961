package io.storyweave.spi;

import io.storyweave.ModelTier;

import java.util.Optional;

/**
 * Calls a model. Implementations must be thread-safe; StoryWeave calls them from many threads.
 * They must not retry on their own what the core retries (the core wraps every call in its
 * retry policy), and must throw {@link ModelProviderException} with a classification for every
 * failure.
 */
public interface ModelProvider extends AutoCloseable {
    /** @return the provider's name, e.g. {@code bedrock} */
    String name();

    /**
     * Resolves a tier to the model calls for it are made with. StoryWeave asks once per tier it
     * uses, when the client is built, and keeps the handle.
     *
     * @param tier a tier
     * @return the model for it
     * @throws io.storyweave.StoryWeaveConfigException when no model is configured for the tier
     */
    ModelHandle model(ModelTier tier);

    /**
     * Makes one call and returns the structured output.
     *
     * @param request the call
     * @return the answer
     * @throws ModelProviderException classified failure
     */
    ModelResponse generate(ModelRequest request);

    /**
     * Makes one streaming call, handing fragments of the output JSON to {@code outputFragments}
     * as they arrive, in order. When the provider discards what it delivered and calls again
     * (a larger token budget, say), it calls {@link OutputSink#restart(String)} first. Providers
     * without streaming may rely on this default, which hands the whole output over at once.
     *
     * @param request         the call
     * @param outputFragments receives consecutive pieces of {@link ModelResponse#outputJson()}
     * @return the complete answer
     * @throws ModelProviderException classified failure
     */
    default ModelResponse generateStreaming(ModelRequest request, OutputSink outputFragments) {
        ModelResponse response = generate(request);
        outputFragments.accept(response.outputJson());
        return response;
    }

    /**
     * Whether StoryWeave should run its model review pass (a second, cheap call that reviews each
     * draft for a child's safety and needs) when the user does not say. Providers that call a real
     * model return {@code true}; test fakes and offline providers keep the default {@code false}.
     *
     * @return whether the review is on by default with this provider
     */
    default boolean reviewByDefault() {
        return false;
    }

    /**
     * Runs the provider's managed output guard, if one is configured, over a finished story's text
     * (for example Bedrock's ApplyGuardrail). StoryWeave calls it after its own checks and the
     * review have passed; an intervention is handled like a failed check.
     *
     * @param text the finished story's title and pages, hero still written as a placeholder
     * @return the verdict, or empty when this provider has no output guard configured
     * @throws ModelProviderException classified failure (retried like a model call)
     */
    default Optional<GuardVerdict> guardOutput(String text) {
        return Optional.empty();
    }

    /**
     * Whether {@link #guardOutput} may give a verdict. StoryWeave neither calls it nor builds the story's
     * text for it when this is {@code false}; a provider that knows it has no output guard configured says
     * so and saves that work on every story. The default, {@code true}, keeps {@code guardOutput} called as
     * before, so a provider that overrides only {@code guardOutput} works unchanged.
     *
     * @return {@code false} only when {@link #guardOutput} would return empty for every text
     */
    default boolean guardsOutput() {
        return true;
    }

    /**
     * @param failure something {@link #generate} threw
     * @return whether repeating the call may succeed
     */
    default boolean isRetryable(Throwable failure) {
        return failure instanceof ModelProviderException e && e.retryable();
    }

    /** Releases clients and connections. */
    @Override
    default void close() {
    }
}
