package io.storyweave.bedrock.internal;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.bedrock.BedrockPreset;
import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Reads each Bedrock setting from the configuration keys, falling back to its default. */
public final class SettingsReader {
    private final PluginConfig cfg;

    /** @param cfg where the keys are looked up */
    public SettingsReader(PluginConfig cfg) {
        this.cfg = cfg;
    }

    /**
     * The region in the AWS SDK's own order: system property {@code aws.region}, then
     * {@code AWS_REGION} (here also from a StoryWeave builder's environment map, which the SDK cannot
     * see), then the profile and instance metadata; {@value BedrockSettings#REGION} wins over all.
     *
     * @return the region
     */
    public String region() {
        var configured = cfg.get(BedrockSettings.REGION);
        if (configured.isPresent()) {
            return SettingChecks.region(configured.get(), BedrockSettings.REGION);
        }
        var fromAws = cfg.get("aws.region");
        if (fromAws.isPresent()) {
            return SettingChecks.region(fromAws.get(), "aws.region / AWS_REGION");
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkClientException e) {
            throw new StoryWeaveConfigException("No AWS region for Bedrock: set " + BedrockSettings.REGION + " ("
                    + PluginConfig.environmentName(BedrockSettings.REGION) + "), AWS_REGION, or a region in your AWS"
                    + " profile", e);
        }
    }

    /** @return the call timeout */
    public Duration timeout() {
        return cfg.getDuration(BedrockSettings.TIMEOUT, BedrockSettings.DEFAULT_TIMEOUT);
    }

    /** @return connections per HTTP client */
    public int maxConnections() {
        return cfg.getInt(BedrockSettings.MAX_CONNECTIONS, BedrockSettings.DEFAULT_MAX_CONNECTIONS);
    }

    /** @return the configured endpoint, or {@code null} for the SDK's own */
    public URI endpoint() {
        return cfg.get(BedrockSettings.ENDPOINT).map(v -> SettingChecks.parseEndpoint(v, BedrockSettings.ENDPOINT))
                .orElse(null);
    }

    /** @return whether the profile fallback is on */
    public boolean profileFallback() {
        return cfg.getBoolean(BedrockSettings.PROFILE_FALLBACK, true);
    }

    /** @return the guardrail id, or {@code null} */
    public String guardrailId() {
        return cfg.get(BedrockSettings.GUARDRAIL_ID).orElse(null);
    }

    /** @return the guardrail version, or {@code null} */
    public String guardrailVersion() {
        return cfg.get(BedrockSettings.GUARDRAIL_VERSION)
                .map(v -> SettingChecks.guardrailVersion(v, BedrockSettings.GUARDRAIL_VERSION)).orElse(null);
    }

    /** @return whether the guardrail is applied to finished stories too */
    public boolean guardOutput() {
        return cfg.getBoolean(BedrockSettings.GUARDRAIL_OUTPUT, true);
    }

    /** @return whether calls mark their static prompt prefix for Bedrock's prompt cache */
    public boolean promptCaching() {
        return cfg.getBoolean(BedrockSettings.PROMPT_CACHING, true);
    }

    /**
     * @param explicit tiers set on a builder, which win
     * @param preset   the builder's preset, or {@code null} to read {@value BedrockSettings#PRESET}
     * @param region   the resolved region (the geography of profile presets)
     * @return the model of every tier
     */
    public Map<ModelTier, String> tierModels(Map<ModelTier, String> explicit, BedrockPreset preset, String region) {
        BedrockPreset base = preset != null ? preset
                : cfg.get(BedrockSettings.PRESET).map(v -> BedrockPreset.parse(v, BedrockSettings.PRESET))
                .orElse(BedrockPreset.DEFAULT);
        String arn = cfg.get(BedrockSettings.INFERENCE_PROFILE_ARN)
                .map(v -> SettingChecks.profileArn(v, BedrockSettings.INFERENCE_PROFILE_ARN)).orElse(null);
        Map<ModelTier, String> models = new EnumMap<>(ModelTier.class);
        for (ModelTier tier : ModelTier.values()) {
            String key = BedrockSettings.modelKey(tier);
            // An ARN "for the selected tier" applies to every tier when the provider is built without one.
            boolean arnApplies = arn != null && cfg.tier().map(tier::equals).orElse(true);
            String id = explicit.get(tier);
            if (id == null) {
                id = arnApplies ? arn : cfg.get(key).map(v -> SettingChecks.modelId(v, key))
                        .orElseGet(() -> base.modelFor(tier, region));
            }
            models.put(tier, id);
        }
        return models;
    }
}
