package io.storyweave.internal.pipeline;

import io.storyweave.ModelPrice;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelHandle;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Prices calls: the user's override for the id that answered comes first, then the price the
 * provider gave with the model's handle. An override for a model id also prices the inference
 * profiles that wrap it ({@code us.<id>}, {@code arn:...:inference-profile/us.<id>}), so users
 * name the model once.
 */
public final class Prices {
    private final Map<String, ModelPrice> overrides;

    public Prices(Map<String, ModelPrice> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** @return the estimated cost, or {@code null} when no price is known for the model */
    public BigDecimal cost(ModelHandle asked, String answeredBy, TokenUsage usage) {
        ModelPrice price = override(answeredBy);
        if (price == null) {
            price = override(asked.modelId());
        }
        if (price == null) {
            price = asked.price();
        }
        return price == null ? null : price.cost(usage);
    }

    private ModelPrice override(String modelId) {
        if (modelId == null) {
            return null;
        }
        ModelPrice exact = overrides.get(modelId);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, ModelPrice> e : overrides.entrySet()) {
            String key = e.getKey();
            if (modelId.endsWith(key) && modelId.length() > key.length()) {
                char before = modelId.charAt(modelId.length() - key.length() - 1);
                if (before == '.' || before == '/') {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
