package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.bedrock.internal.ModelIds;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A ready tier map. Select one with {@link BedrockModelProvider.Builder#preset} or {@value BedrockSettings#PRESET}. */
public enum BedrockPreset {
    /**
     * The on-demand Claude 3.x ids: CHEAP Haiku 3.5, MEDIUM and QUALITY Sonnet 3.5 v2, EXPENSIVE Opus 3.
     */
    DEFAULT("default", Map.of(
            ModelTier.CHEAP, "anthropic.claude-3-5-haiku-20241022-v1:0",
            ModelTier.MEDIUM, "anthropic.claude-3-5-sonnet-20241022-v2:0",
            ModelTier.QUALITY, "anthropic.claude-3-5-sonnet-20241022-v2:0",
            ModelTier.EXPENSIVE, "anthropic.claude-3-opus-20240229-v1:0"), false),
    /**
     * Claude 4.x through cross-region inference profiles: CHEAP Haiku 4.5, MEDIUM and QUALITY
     * Sonnet 4.5, EXPENSIVE Opus 4.5, each prefixed with the region's geography
     * ({@code us.}, {@code eu.}, {@code apac.}, {@code us-gov.}, otherwise {@code global.}).
     */
    CLAUDE_4("claude-4", Map.of(
            ModelTier.CHEAP, "anthropic.claude-haiku-4-5-20251001-v1:0",
            ModelTier.MEDIUM, "anthropic.claude-sonnet-4-5-20250929-v1:0",
            ModelTier.QUALITY, "anthropic.claude-sonnet-4-5-20250929-v1:0",
            ModelTier.EXPENSIVE, "anthropic.claude-opus-4-5-20251101-v1:0"), true);

    private final String configName;
    private final Map<ModelTier, String> models;
    private final boolean profiles;

    BedrockPreset(String configName, Map<ModelTier, String> models, boolean profiles) {
        this.configName = configName;
        this.models = new EnumMap<>(models);
        this.profiles = profiles;
    }

    /** @return the name used in configuration, e.g. {@code claude-4} */
    public String configName() {
        return configName;
    }

    /**
     * @param tier   a tier
     * @param region the client's region, e.g. {@code us-east-1}
     * @return the model id or inference profile id this preset uses for the tier in that region
     */
    public String modelFor(ModelTier tier, String region) {
        String id = models.get(tier);
        return profiles ? ModelIds.geographyPrefix(region) + id : id;
    }

    /**
     * @param value  e.g. {@code claude-4}, case-insensitive
     * @param source where it came from, named in the error
     * @return the preset
     * @throws StoryWeaveConfigException naming the value and the valid names
     */
    public static BedrockPreset parse(String value, String source) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (BedrockPreset preset : values()) {
            if (preset.configName.equals(wanted) || preset.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return preset;
            }
        }
        throw new StoryWeaveConfigException(source + " has the unknown preset \"" + value + "\"; allowed: "
                + Arrays.stream(values()).map(BedrockPreset::configName).collect(Collectors.joining(", ")));
    }
}
