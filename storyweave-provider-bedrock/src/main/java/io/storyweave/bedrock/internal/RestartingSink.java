package io.storyweave.bedrock.internal;

import io.storyweave.spi.OutputSink;

import java.util.function.Consumer;

/**
 * Hands each streaming attempt's fragments to the caller's sink. An attempt that failed before its
 * first fragment (the on-demand refusal before the profile fallback) leaves nothing to take back;
 * a retry with a larger budget after fragments were delivered first tells the sink to restart, so
 * the caller sees the retry from its first character. Used by one call on one thread.
 */
public final class RestartingSink {
    private final OutputSink out;
    private boolean delivered;

    /** @param out the caller's sink */
    public RestartingSink(OutputSink out) {
        this.out = out;
    }

    /** @return where the next attempt puts its fragments */
    public Consumer<String> forAttempt() {
        // An attempt that starts after fragments were delivered without a restart must not add to them.
        boolean discard = delivered;
        return piece -> {
            if (!discard) {
                delivered = true;
                out.accept(piece);
            }
        };
    }

    /** Runs before the retry with a larger budget. */
    public void restartForLargerBudget() {
        if (delivered) {
            out.restart("the answer reached the token budget and is written again with a larger one");
            delivered = false;
        }
    }
}
