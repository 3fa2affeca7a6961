package io.storyweave.bedrock.internal;

import io.storyweave.TokenUsage;

/**
 * What one Converse or ConverseStream call returned, before the provider decides about stop reasons.
 *
 * @param output     the tool input as JSON, or the text answer; never null
 * @param usage      tokens of this call
 * @param modelId    the id the call was made with
 * @param stopReason the stop reason as Bedrock wrote it, or {@code null}
 * @param requestId  Bedrock's request id, or {@code null}
 */
public record Outcome(String output, TokenUsage usage, String modelId, String stopReason, String requestId) {
    /**
     * @param earlier usage of an earlier call made for the same answer
     * @return this outcome with that usage added
     */
    public Outcome plusUsage(TokenUsage earlier) {
        return new Outcome(output, usage.plus(earlier), modelId, stopReason, requestId);
    }

    /**
     * @param usage Converse's {@code usage} (of an answer or a stream's metadata event), or null
     * @return the usage, a missing count read as zero; input tokens read from and written to the
     *         prompt cache are kept apart from the other input tokens, as Bedrock reports them
     */
    public static TokenUsage usage(software.amazon.awssdk.services.bedrockruntime.model.TokenUsage usage) {
        if (usage == null) {
            return TokenUsage.ZERO;
        }
        return TokenUsage.withCache(count(usage.inputTokens()), count(usage.outputTokens()),
                count(usage.cacheReadInputTokens()), count(usage.cacheWriteInputTokens()));
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }
}
