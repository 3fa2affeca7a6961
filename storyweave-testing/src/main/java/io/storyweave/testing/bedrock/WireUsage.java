package io.storyweave.testing.bedrock;

/**
 * The {@code usage} of a Converse answer or of a ConverseStream {@code metadata} event, as Bedrock
 * writes it. With prompt caching Bedrock splits the input: {@code inputTokens} counts only what was
 * neither read from nor written to the prompt cache, and {@code cacheReadInputTokens} /
 * {@code cacheWriteInputTokens} (present only when not zero) count the rest; {@code totalTokens}
 * is all of them plus the output.
 *
 * @param inputTokens           input tokens outside the prompt cache
 * @param outputTokens          output tokens
 * @param cacheReadInputTokens  input tokens read from the prompt cache
 * @param cacheWriteInputTokens input tokens written to the prompt cache
 */
public record WireUsage(int inputTokens, int outputTokens, int cacheReadInputTokens, int cacheWriteInputTokens) {
    /** Rejects negative counts. */
    public WireUsage {
        if (inputTokens < 0 || outputTokens < 0 || cacheReadInputTokens < 0 || cacheWriteInputTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    /**
     * @param in  input tokens
     * @param out output tokens
     * @return usage of a call that used no prompt cache
     */
    public static WireUsage of(int in, int out) {
        return new WireUsage(in, out, 0, 0);
    }

    /** @param tokens input tokens read from the prompt cache @return this usage with them */
    public WireUsage cacheRead(int tokens) {
        return new WireUsage(inputTokens, outputTokens, tokens, cacheWriteInputTokens);
    }

    /** @param tokens input tokens written to the prompt cache @return this usage with them */
    public WireUsage cacheWrite(int tokens) {
        return new WireUsage(inputTokens, outputTokens, cacheReadInputTokens, tokens);
    }

    /** @return the {@code "usage":{...}} member as Bedrock writes it */
    public String json() {
        StringBuilder out = new StringBuilder("\"usage\":{\"inputTokens\":").append(inputTokens)
                .append(",\"outputTokens\":").append(outputTokens)
                .append(",\"totalTokens\":").append(inputTokens + outputTokens + cacheReadInputTokens
                        + cacheWriteInputTokens);
        if (cacheReadInputTokens > 0) {
            out.append(",\"cacheReadInputTokens\":").append(cacheReadInputTokens);
        }
        if (cacheWriteInputTokens > 0) {
            out.append(",\"cacheWriteInputTokens\":").append(cacheWriteInputTokens);
        }
        return out.append('}').toString();
    }
}
