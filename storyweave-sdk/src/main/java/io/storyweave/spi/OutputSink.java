package io.storyweave.spi;

import java.util.function.Consumer;

/**
 * Where a streaming provider sends the output JSON as it arrives.
 */
@FunctionalInterface
public interface OutputSink extends Consumer<String> {
    /**
     * Receives the next piece of the output JSON, in order.
     *
     * @param fragment consecutive text of {@link ModelResponse#outputJson()}
     */
    @Override
    void accept(String fragment);

    /**
     * The fragments delivered so far are void (for example the provider repeats the call with a
     * larger token budget); the output starts again from its first character.
     *
     * @param reason why, in plain words
     */
    default void restart(String reason) {
    }
}
