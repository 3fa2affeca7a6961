package io.storyweave;

/**
 * Tokens a story cost, summed over every model call made for it (retries and corrections included).
 *
 * @param inputTokens  tokens sent to the model
 * @param outputTokens tokens the model wrote
 */
public record TokenUsage(long inputTokens, long outputTokens) {
    /** No tokens. */
    public static final TokenUsage ZERO = new TokenUsage(0, 0);

    /** Rejects negative counts. */
    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new InvalidRequestException("usage", "token counts cannot be negative: " + inputTokens + "/" + outputTokens);
        }
    }

    /** @return input plus output tokens */
    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    /**
     * @param other usage to add
     * @return the sum
     */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
