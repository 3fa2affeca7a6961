package io.storyweave.bedrock.internal;

import io.storyweave.ModelPrice;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bedrock's on-demand list prices (US regions, per million tokens) of the models StoryWeave's
 * presets use. Inference profile ids and ARNs are priced as the model they contain
 * ({@code us.anthropic...} and {@code arn:...:inference-profile/us.anthropic...}). Users override
 * them with {@code StoryWeave.builder().price(id, price)}.
 */
public final class ListPrices {
    private static final Pattern GEOGRAPHY = Pattern.compile("^(?:us-gov|us|eu|apac|jp|au|ca|global)\\.");
    private static final Map<String, ModelPrice> PRICES = Map.of(
            "anthropic.claude-3-5-haiku-20241022-v1:0", ModelPrice.of("0.80", "4.00"),
            "anthropic.claude-3-5-sonnet-20241022-v2:0", ModelPrice.of("3.00", "15.00"),
            "anthropic.claude-3-opus-20240229-v1:0", ModelPrice.of("15.00", "75.00"),
            "anthropic.claude-haiku-4-5-20251001-v1:0", ModelPrice.of("1.00", "5.00"),
            "anthropic.claude-sonnet-4-5-20250929-v1:0", ModelPrice.of("3.00", "15.00"),
            "anthropic.claude-opus-4-1-20250805-v1:0", ModelPrice.of("15.00", "75.00"),
            "anthropic.claude-opus-4-5-20251101-v1:0", ModelPrice.of("5.00", "25.00"));

    private ListPrices() {
    }

    /** @return the list price, or {@code null} when the model is not one we know */
    public static ModelPrice of(String modelId) {
        return PRICES.get(baseModelId(modelId));
    }

    /** The foundation model id inside a profile id or ARN. */
    static String baseModelId(String modelId) {
        String id = modelId.startsWith("arn:") ? modelId.substring(modelId.lastIndexOf('/') + 1) : modelId;
        return GEOGRAPHY.matcher(id).replaceFirst("");
    }
}
