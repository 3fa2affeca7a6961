package io.storyweave;

/**
 * Tokens a story cost, summed over every model call made for it (retries, corrections and reviews
 * included). With prompt caching the input is split three ways, as Bedrock's Converse reports it:
 * tokens read from the prompt cache, tokens written to it, and the rest; each kind is priced
 * differently (see {@link ModelPrice#cost(TokenUsage)}).
 *
 * @param inputTokens           input tokens that were neither read from nor written to the prompt cache
 * @param outputTokens          tokens the model wrote
 * @param cacheReadInputTokens  input tokens read from the prompt cache (billed at the cache-read price)
 * @param cacheWriteInputTokens input tokens written to the prompt cache (billed at the cache-write price)
 */
public record TokenUsage(long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens) {
    /** No tokens. */
    public static final TokenUsage ZERO = new TokenUsage(0, 0);

    /** Rejects negative counts. */
    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0 || cacheReadInputTokens < 0 || cacheWriteInputTokens < 0) {
            throw new InvalidRequestException("usage", "token counts cannot be negative: " + inputTokens + " in, "
                    + outputTokens + " out, " + cacheReadInputTokens + " read from the prompt cache, "
                    + cacheWriteInputTokens + " written to it");
        }
    }

    /**
     * Usage of a call that used no prompt cache.
     *
     * @param inputTokens  tokens sent to the model
     * @param outputTokens tokens the model wrote
     */
    public TokenUsage(long inputTokens, long outputTokens) {
        this(inputTokens, outputTokens, 0, 0);
    }

    /**
     * @param inputTokens  tokens sent to the model
     * @param outputTokens tokens the model wrote
     * @return usage without prompt-cache tokens
     */
    public static TokenUsage of(long inputTokens, long outputTokens) {
        return new TokenUsage(inputTokens, outputTokens);
    }

    /**
     * @param inputTokens           input tokens neither read from nor written to the prompt cache
     * @param outputTokens          tokens the model wrote
     * @param cacheReadInputTokens  input tokens read from the prompt cache
     * @param cacheWriteInputTokens input tokens written to the prompt cache
     * @return the usage
     */
    public static TokenUsage withCache(long inputTokens, long outputTokens, long cacheReadInputTokens,
                                       long cacheWriteInputTokens) {
        return new TokenUsage(inputTokens, outputTokens, cacheReadInputTokens, cacheWriteInputTokens);
    }

    /**
     * @return every input token the model read: {@link #inputTokens()} plus those read from and
     *         written to the prompt cache
     */
    public long allInputTokens() {
        return inputTokens + cacheReadInputTokens + cacheWriteInputTokens;
    }

    /**
     * @return every token of the calls: all input tokens (cached or not, as {@link #allInputTokens()})
     *         plus output tokens, the way Bedrock counts {@code totalTokens}
     */
    public long totalTokens() {
        return allInputTokens() + outputTokens;
    }

    /**
     * @param other usage to add
     * @return the sum, kind by kind
     */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cacheReadInputTokens + other.cacheReadInputTokens, cacheWriteInputTokens + other.cacheWriteInputTokens);
    }
}
