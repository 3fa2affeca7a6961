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
 * @param pages        how many pages the answer must contain (for streaming progress; 0 for a review)
 * @param purpose      what the call is for, so providers and test fakes can tell stories from reviews
 */
public record ModelRequest(String systemPrompt, String userPrompt, ModelTier tier, int maxTokens,
                           OutputSchema outputSchema, int pages, Purpose purpose) {
    /** What a call is for. */
    public enum Purpose {
        /** Writes (or rewrites) a story; the answer has the story shape. */
        STORY,
        /** Reviews a finished draft for a child's safety and needs; the answer has the review shape. */
        REVIEW
    }

    /** Requires every field. */
    public ModelRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(userPrompt, "userPrompt");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(outputSchema, "outputSchema");
        Objects.requireNonNull(purpose, "purpose");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
        if (pages < 0) {
            throw new IllegalArgumentException("pages cannot be negative, was " + pages);
        }
    }

    /**
     * A story call.
     *
     * @param systemPrompt the system instructions
     * @param userPrompt   the user message
     * @param tier         which tier's model to use
     * @param maxTokens    output token budget
     * @param outputSchema the JSON shape the answer must have
     * @param pages        how many pages the answer must contain
     */
    public ModelRequest(String systemPrompt, String userPrompt, ModelTier tier, int maxTokens,
                        OutputSchema outputSchema, int pages) {
        this(systemPrompt, userPrompt, tier, maxTokens, outputSchema, pages, Purpose.STORY);
    }

    /**
     * @param newMaxTokens a larger budget
     * @return a copy with that budget
     */
    public ModelRequest withMaxTokens(int newMaxTokens) {
        return new ModelRequest(systemPrompt, userPrompt, tier, newMaxTokens, outputSchema, pages, purpose);
    }
}
