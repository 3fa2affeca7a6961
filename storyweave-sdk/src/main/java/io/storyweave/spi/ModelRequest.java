package io.storyweave.spi;

import io.storyweave.ModelTier;

import java.util.Objects;

/**
 * A provider-neutral model call. The core has already composed the prompts and derived the
 * token budget; the provider only has to send it.
 *
 * @param systemPrompt the system instructions
 * @param userPrompt   the user message (untrusted text in it is quoted and delimited)
 * @param tier         which tier's model to use
 * @param maxTokens    output token budget derived from pages and age, with a margin
 * @param outputSchema the JSON shape the answer must have
 * @param pages        how many pages the answer must contain (for streaming progress)
 */
public record ModelRequest(String systemPrompt, String userPrompt, ModelTier tier, int maxTokens,
                           OutputSchema outputSchema, int pages) {
    /** Requires every field. */
    public ModelRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(userPrompt, "userPrompt");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(outputSchema, "outputSchema");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
    }

    /**
     * @param newMaxTokens a larger budget
     * @return a copy with that budget
     */
    public ModelRequest withMaxTokens(int newMaxTokens) {
        return new ModelRequest(systemPrompt, userPrompt, tier, newMaxTokens, outputSchema, pages);
    }
}
