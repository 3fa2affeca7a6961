package io.storyweave.bedrock.internal;

import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.OutputSchema;

import java.util.Map;

/**
 * Decides whether a call marks the end of its static prefix for Bedrock's prompt cache. Claude
 * reads the tool definitions, then the system prompt, then the messages; StoryWeave's tool schema
 * and system prompt are fixed text (the same bytes for every call of a purpose) and everything
 * about the request is in the user message, so tool schema plus system prompt is the prefix.
 *
 * <p>A checkpoint is only worth sending to a model that supports explicit prompt caching (others
 * refuse it with a ValidationException) and only when the prefix reaches the model's minimum
 * tokens per checkpoint (a shorter one is not cached). Minimums from the Bedrock user guide
 * ("Supported models, Regions, and limits"). Claude 3.5 Sonnet v2 had prompt caching only as a
 * preview for accounts admitted to it, and Claude 3 Opus has none, so neither is listed. Application
 * inference profile ARNs do not name their model and are not marked either.
 */
public final class PromptCaching {
    /** Claude's tokenizer gives about one token per 3.5 characters of English and JSON; erring high costs nothing. */
    private static final double CHARS_PER_TOKEN = 3.5;
    private static final Map<String, Integer> MINIMUM_TOKENS = Map.of(
            "anthropic.claude-3-5-haiku-20241022-v1:0", 2048,
            "anthropic.claude-3-7-sonnet-20250219-v1:0", 1024,
            "anthropic.claude-sonnet-4-20250514-v1:0", 1024,
            "anthropic.claude-opus-4-20250514-v1:0", 1024,
            "anthropic.claude-opus-4-1-20250805-v1:0", 1024,
            "anthropic.claude-sonnet-4-5-20250929-v1:0", 4096,
            "anthropic.claude-haiku-4-5-20251001-v1:0", 4096,
            "anthropic.claude-opus-4-5-20251101-v1:0", 4096);

    private PromptCaching() {
    }

    /**
     * @param modelId a model id, cross-region profile id or ARN
     * @return whether Bedrock accepts prompt-cache checkpoints for it
     */
    public static boolean supports(String modelId) {
        return MINIMUM_TOKENS.containsKey(ModelIds.foundationModelId(modelId));
    }

    /**
     * @param modelId a model id, cross-region profile id or ARN the model supports caching for
     * @return the fewest tokens a cached prefix must have for that model
     */
    public static int minimumTokens(String modelId) {
        Integer minimum = MINIMUM_TOKENS.get(ModelIds.foundationModelId(modelId));
        if (minimum == null) {
            throw new IllegalArgumentException("no prompt caching for " + modelId);
        }
        return minimum;
    }

    /**
     * @param request the core's call
     * @return whether to put a {@code cachePoint} after its tool schema and system prompt: the model
     *         has {@link ModelHandle.Capability#PROMPT_CACHING} (the provider gives it to supported models
     *         while prompt caching is on) and the prefix is estimated at the model's minimum or more
     */
    public static boolean marks(ModelRequest request) {
        ModelHandle model = request.model();
        return model.supports(ModelHandle.Capability.PROMPT_CACHING) && supports(model.modelId())
                && estimatedPrefixTokens(request) >= minimumTokens(model.modelId());
    }

    /**
     * @param request the core's call
     * @return the estimated tokens of its static prefix: the tool's name, description and schema, and the system prompt
     */
    public static int estimatedPrefixTokens(ModelRequest request) {
        OutputSchema tool = request.outputSchema();
        long chars = (long) tool.name().length() + tool.description().length() + tool.jsonSchema().length()
                + request.systemPrompt().length();
        return (int) Math.ceil(chars / CHARS_PER_TOKEN);
    }
}
