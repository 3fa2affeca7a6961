package io.storyweave.bedrock.internal;

import io.storyweave.ModelPrice;

import java.util.Map;

/**
 * Bedrock's on-demand list prices (US regions, per million tokens) of the models StoryWeave's
 * presets use: input, output, prompt-cache read and prompt-cache write (Bedrock bills Claude's cache
 * reads at 0.1 times and cache writes at 1.25 times the input price; Claude 3 Opus has no prompt
 * cache, so its cache prices are never charged). Inference profile ids and ARNs are priced as the
 * model they contain ({@code us.anthropic...} and {@code arn:...:inference-profile/us.anthropic...}).
 * Users override them with {@code StoryWeave.builder().price(id, price)}.
 */
public final class ListPrices {
    private static final Map<String, ModelPrice> PRICES = Map.of(
            "anthropic.claude-3-5-haiku-20241022-v1:0", ModelPrice.of("0.80", "4.00", "0.08", "1.00"),
            "anthropic.claude-3-5-sonnet-20241022-v2:0", ModelPrice.of("3.00", "15.00", "0.30", "3.75"),
            "anthropic.claude-3-opus-20240229-v1:0", ModelPrice.of("15.00", "75.00"),
            "anthropic.claude-haiku-4-5-20251001-v1:0", ModelPrice.of("1.00", "5.00", "0.10", "1.25"),
            "anthropic.claude-sonnet-4-5-20250929-v1:0", ModelPrice.of("3.00", "15.00", "0.30", "3.75"),
            "anthropic.claude-opus-4-1-20250805-v1:0", ModelPrice.of("15.00", "75.00", "1.50", "18.75"),
            "anthropic.claude-opus-4-5-20251101-v1:0", ModelPrice.of("5.00", "25.00", "0.50", "6.25"));

    private ListPrices() {
    }

    /** @return the list price, or {@code null} when the model is not one we know */
    public static ModelPrice of(String modelId) {
        return PRICES.get(ModelIds.foundationModelId(modelId));
    }
}
