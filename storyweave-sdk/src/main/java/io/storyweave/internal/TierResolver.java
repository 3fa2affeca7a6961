package io.storyweave.internal;

import io.storyweave.ModelTier;
import io.storyweave.spi.PluginConfig;

/**
 * Picks the tier, once, when the client is built: builder, then {@code storyweave.tier} (builder
 * property, system property or {@code STORYWEAVE_TIER}), then {@code AWS_BEDROCK_MODEL_TIER}, then
 * MEDIUM.
 */
public final class TierResolver {
    public static final String PROPERTY = "storyweave.tier";
    public static final String ENVIRONMENT = "AWS_BEDROCK_MODEL_TIER";

    private TierResolver() {
    }

    public static ModelTier resolve(ModelTier fromBuilder, PluginConfig config) {
        if (fromBuilder != null) {
            return fromBuilder;
        }
        // The same source as every other key: builder property, system property, STORYWEAVE_TIER.
        var configured = config.get(PROPERTY);
        if (configured.isPresent()) {
            return ModelTier.parse(configured.get(), PROPERTY + " (builder property, system property or "
                    + PluginConfig.environmentName(PROPERTY) + ")");
        }
        return config.environment(ENVIRONMENT).map(v -> ModelTier.parse(v, "environment variable " + ENVIRONMENT))
                .orElse(ModelTier.MEDIUM);
    }
}
