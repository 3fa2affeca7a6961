package io.storyweave.spi;

import java.util.Objects;

/**
 * A provider-neutral model call. The core has already composed the prompts and derived the
 * token budget; the provider only has to send it.
 *
 * @param systemPrompt the system instructions
 * @param userPrompt   the user message (untrusted text in it is quoted and delimited)
 * @param model        the model to call (resolved once per tier when the client was built)
 * @param maxTokens    output token budget derived from pages and age, with a margin
 * @param outputSchema the JSON shape the answer must have
 * @param pages        how many pages the answer must contain (for streaming progress; 0 for a review)
 * @param purpose      what the call is for, so providers and test fakes can tell stories from reviews
 */
public record ModelRequest(String systemPrompt, String userPrompt, ModelHandle model, int maxTokens,
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
        Objects.requireNonNull(model, "model");
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
     * @param model        the model to call (resolved once per tier when the client was built)
     * @param maxTokens    output token budget
     * @param outputSchema the JSON shape the answer must have
     * @param pages        how many pages the answer must contain
     */
    public ModelRequest(String systemPrompt, String userPrompt, ModelHandle model, int maxTokens,
                        OutputSchema outputSchema, int pages) {
        this(systemPrompt, userPrompt, model, maxTokens, outputSchema, pages, Purpose.STORY);
    }

    /**
     * @param newMaxTokens a larger budget
     * @return a copy with that budget
     */
    public ModelRequest withMaxTokens(int newMaxTokens) {
        return new ModelRequest(systemPrompt, userPrompt, model, newMaxTokens, outputSchema, pages, purpose);
    }
}
