package io.storyweave.spi;

import io.storyweave.CallPurpose;

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
 * @param purpose      what the call is for: {@link CallPurpose#STORY} and {@link CallPurpose#CORRECTION}
 *                     want a story, {@link CallPurpose#REVIEW} a review, so providers and test fakes can
 *                     tell them apart
 */
public record ModelRequest(String systemPrompt, String userPrompt, ModelHandle model, int maxTokens,
                           OutputSchema outputSchema, int pages, CallPurpose purpose) {
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
     * A first draft's call ({@link CallPurpose#STORY}).
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
        this(systemPrompt, userPrompt, model, maxTokens, outputSchema, pages, CallPurpose.STORY);
    }

    /**
     * @param newMaxTokens a larger budget
     * @return a copy with that budget
     */
    public ModelRequest withMaxTokens(int newMaxTokens) {
        return new ModelRequest(systemPrompt, userPrompt, model, newMaxTokens, outputSchema, pages, purpose);
    }
}
