package io.storyweave.bench.contender;

/**
 * One way of asking Bedrock's Converse API for the benchmark story (StoryWeave, the raw AWS SDK, a
 * peer library), built against a stub endpoint. Each runs in a JVM of its own, on its own class path.
 */
public interface Contender extends AutoCloseable {
    /**
     * Asks for the story once and reads it.
     *
     * @return the number of pages of the story that came back
     */
    int call();

    /**
     * Extra work a contender offers besides {@link #call()} (StoryWeave: its story checks alone).
     *
     * @param n how many times
     * @return whether this contender has such work
     */
    default boolean extra(int n) {
        return false;
    }

    /**
     * Time spent so far inside {@link #call()} on work the contender reports as a line of its own (StoryWeave:
     * its story checks, timed where they run, through its observer).
     *
     * @return nanoseconds, 0 when there is no such work
     */
    default long innerNanos() {
        return 0;
    }

    @Override
    default void close() throws Exception {
    }

    /** Builds a contender for an endpoint such as {@code http://127.0.0.1:4711}. */
    @FunctionalInterface
    interface Factory {
        Contender build(String endpoint) throws Exception;
    }
}
