package io.storyweave.internal.pipeline;

import io.storyweave.ModelPrice;
import io.storyweave.TokenUsage;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * List prices per model, with the user's overrides first. Inference profile ids and ARNs are
 * priced as the model they contain ({@code us.anthropic...} and {@code arn:...:inference-profile/us.anthropic...}).
 */
public final class PriceTable {
    private static final Pattern GEOGRAPHY = Pattern.compile("^(?:us-gov|us|eu|apac|jp|au|ca|global)\\.");
    private static final Map<String, ModelPrice> LIST_PRICES = Map.of(
            "anthropic.claude-3-5-haiku-20241022-v1:0", ModelPrice.of("0.80", "4.00"),
            "anthropic.claude-3-5-sonnet-20241022-v2:0", ModelPrice.of("3.00", "15.00"),
            "anthropic.claude-3-opus-20240229-v1:0", ModelPrice.of("15.00", "75.00"),
            "anthropic.claude-haiku-4-5-20251001-v1:0", ModelPrice.of("1.00", "5.00"),
            "anthropic.claude-sonnet-4-5-20250929-v1:0", ModelPrice.of("3.00", "15.00"),
            "anthropic.claude-opus-4-1-20250805-v1:0", ModelPrice.of("15.00", "75.00"),
            "anthropic.claude-opus-4-5-20251101-v1:0", ModelPrice.of("5.00", "25.00"));

    private final Map<String, ModelPrice> overrides;

    public PriceTable(Map<String, ModelPrice> overrides) {
        this.overrides = new HashMap<>(overrides);
    }

    /** @return the estimated cost, or {@code null} when no price is known for the model */
    public BigDecimal cost(String modelId, TokenUsage usage) {
        ModelPrice price = priceOf(modelId);
        return price == null ? null : price.cost(usage);
    }

    public ModelPrice priceOf(String modelId) {
        ModelPrice exact = overrides.get(modelId);
        if (exact != null) {
            return exact;
        }
        String base = baseModelId(modelId);
        ModelPrice override = overrides.get(base);
        return override != null ? override : LIST_PRICES.get(base);
    }

    /** The foundation model id inside a profile id or ARN. */
    public static String baseModelId(String modelId) {
        String id = modelId.startsWith("arn:") ? modelId.substring(modelId.lastIndexOf('/') + 1) : modelId;
        return GEOGRAPHY.matcher(id).replaceFirst("");
    }
}
