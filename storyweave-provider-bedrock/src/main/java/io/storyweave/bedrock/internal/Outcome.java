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
     * @param in     tokens in, or null
     * @param out    tokens out, or null
     * @return usage treating a missing count as zero
     */
    public static TokenUsage usage(Integer in, Integer out) {
        return new TokenUsage(in == null ? 0 : in, out == null ? 0 : out);
    }
}
