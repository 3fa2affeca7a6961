package io.storyweave.spi;

import io.storyweave.TokenUsage;

import java.util.Objects;

/**
 * What a provider got back.
 *
 * @param outputJson the structured output as JSON text ({@code {"title":..., "pages":[{"text":...}]}});
 *                   the core validates it
 * @param usage      tokens of every call the provider made for this response (its own retries included)
 * @param modelId    the model id or inference profile that actually answered
 * @param stopReason the provider's stop reason as text (e.g. {@code tool_use}), or {@code null}
 * @param requestId  the provider's request id, or {@code null}
 */
public record ModelResponse(String outputJson, TokenUsage usage, String modelId, String stopReason, String requestId) {
    /** Requires output, usage and model id. */
    public ModelResponse {
        Objects.requireNonNull(outputJson, "outputJson");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(modelId, "modelId");
    }
}
