package io.storyweave.internal;

import io.storyweave.ModelTier;
import io.storyweave.spi.PluginConfig;

/** Picks the tier: builder, then {@code storyweave.tier}, then {@code AWS_BEDROCK_MODEL_TIER}, then MEDIUM. */
public final class TierResolver {
    public static final String PROPERTY = "storyweave.tier";
    public static final String ENVIRONMENT = "AWS_BEDROCK_MODEL_TIER";

    private TierResolver() {
    }

    public static ModelTier resolve(ModelTier fromBuilder, PluginConfig config) {
        if (fromBuilder != null) {
            return fromBuilder;
        }
        String property = config.properties().get(PROPERTY);
        if (property != null && !property.isBlank()) {
            return ModelTier.parse(property, "builder property " + PROPERTY);
        }
        String system = System.getProperty(PROPERTY);
        if (system != null && !system.isBlank()) {
            return ModelTier.parse(system, "system property " + PROPERTY);
        }
        return config.environment(ENVIRONMENT).map(v -> ModelTier.parse(v, "environment variable " + ENVIRONMENT))
                .orElse(ModelTier.MEDIUM);
    }
}
