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

    /**
     * Starts a response; prefer it to the constructor, which grows when fields are added.
     *
     * @param outputJson the structured output as JSON text
     * @param modelId    the model id or inference profile that answered
     * @return a builder with zero usage and no stop reason or request id
     */
    public static Builder builder(String outputJson, String modelId) {
        return new Builder(outputJson, modelId);
    }

    /** Builds a {@link ModelResponse}; output and model id are set when it is started. */
    public static final class Builder {
        private final String outputJson;
        private final String modelId;
        private TokenUsage usage = TokenUsage.ZERO;
        private String stopReason;
        private String requestId;

        private Builder(String outputJson, String modelId) {
            this.outputJson = outputJson;
            this.modelId = modelId;
        }

        /**
         * @param value tokens of every call made for this response
         * @return this builder
         */
        public Builder usage(TokenUsage value) {
            this.usage = value;
            return this;
        }

        /**
         * @param value the provider's stop reason, or {@code null}
         * @return this builder
         */
        public Builder stopReason(String value) {
            this.stopReason = value;
            return this;
        }

        /**
         * @param value the provider's request id, or {@code null}
         * @return this builder
         */
        public Builder requestId(String value) {
            this.requestId = value;
            return this;
        }

        /** @return the response */
        public ModelResponse build() {
            return new ModelResponse(outputJson, usage, modelId, stopReason, requestId);
        }
    }
}
