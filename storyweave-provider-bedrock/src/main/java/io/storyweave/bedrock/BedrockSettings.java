package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.bedrock.internal.SettingChecks;
import io.storyweave.bedrock.internal.SettingsReader;
import io.storyweave.spi.PluginConfig;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the Bedrock provider, resolved once when it is built, and the configuration keys
 * they are read from. Each key is read, first to last, from
 * {@code StoryWeave.builder().property(key, value)}, the JVM system property of the same name and
 * the environment variable whose name is the key in upper snake case
 * ({@code storyweave.bedrock.model.medium} is {@code STORYWEAVE_BEDROCK_MODEL_MEDIUM}).
 * Values set on {@link Builder} (or {@link BedrockModelProvider.Builder}) win over all three.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>Key</th><th>Environment</th><th>Meaning</th></tr>
 * <tr><td>{@value #REGION}</td><td>STORYWEAVE_BEDROCK_REGION</td><td>AWS region; default: the AWS chain ({@code AWS_REGION}, profile)</td></tr>
 * <tr><td>{@value #ENDPOINT}</td><td>STORYWEAVE_BEDROCK_ENDPOINT</td><td>Bedrock Runtime endpoint URL; default: the SDK's
 * ({@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME}, {@code AWS_ENDPOINT_URL}, or the regional endpoint)</td></tr>
 * <tr><td>{@code storyweave.bedrock.model.cheap|medium|quality|expensive}</td><td>STORYWEAVE_BEDROCK_MODEL_CHEAP ...</td>
 * <td>model id, cross-region inference profile id or inference profile ARN for that tier</td></tr>
 * <tr><td>{@value #INFERENCE_PROFILE_ARN}</td><td>STORYWEAVE_BEDROCK_INFERENCE_PROFILE_ARN</td><td>inference profile ARN
 * ({@code inference-profile/...} or {@code application-inference-profile/...}) for the selected tier; wins over the
 * tier's model key</td></tr>
 * <tr><td>{@value #PRESET}</td><td>STORYWEAVE_BEDROCK_PRESET</td><td>{@code default} (Claude 3.x on-demand ids) or
 * {@code claude-4} (Claude 4.x inference profiles, geography prefix from the region)</td></tr>
 * <tr><td>{@value #PROFILE_FALLBACK}</td><td>STORYWEAVE_BEDROCK_PROFILE_FALLBACK</td><td>{@code true} (default): retry a
 * model id that has no on-demand throughput once with the region's cross-region profile</td></tr>
 * <tr><td>{@value #GUARDRAIL_ID}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_ID</td><td>Bedrock Guardrail id or ARN</td></tr>
 * <tr><td>{@value #GUARDRAIL_VERSION}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_VERSION</td><td>its version ({@code DRAFT} or a
 * number); default {@code DRAFT}</td></tr>
 * <tr><td>{@value #GUARDRAIL_OUTPUT}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_OUTPUT</td><td>{@code true} (default): also apply
 * the guardrail to each finished story with ApplyGuardrail, after StoryWeave's own checks and review</td></tr>
 * <tr><td>{@value #TIMEOUT}</td><td>STORYWEAVE_BEDROCK_TIMEOUT</td><td>timeout of one call, seconds ({@code 120}) or ISO-8601
 * ({@code PT2M}); default 120 s</td></tr>
 * <tr><td>{@value #MAX_CONNECTIONS}</td><td>STORYWEAVE_BEDROCK_MAX_CONNECTIONS</td><td>HTTP connections per client,
 * 1 to 4096; default 64</td></tr>
 * <tr><td>{@value #PROMPT_CACHING}</td><td>STORYWEAVE_BEDROCK_PROMPT_CACHING</td><td>{@code true} (default): put a Converse
 * {@code cachePoint} after the static part of the prompt (tool schema and system prompt) when the model supports
 * prompt caching and that part is long enough for the model to cache it; {@code false}: never</td></tr>
 * </table>
 *
 * @param region          the AWS region the clients call, e.g. {@code eu-west-1}
 * @param endpoint        Bedrock Runtime endpoint, or {@code null} for the AWS SDK's own choice
 * @param stsEndpoint     STS endpoint (used to name the account in access-denied errors), or {@code null}
 * @param tierModels      the model id, inference profile id or ARN of every tier
 * @param profileFallback whether a model id without on-demand throughput is retried once with the
 *                        region's cross-region inference profile
 * @param guardrailId     Bedrock Guardrail id or ARN, or {@code null} for none
 * @param guardrailVersion its version ({@code DRAFT} or a number), or {@code null} when there is no guardrail
 * @param guardOutput     whether the guardrail is also applied to each finished story with ApplyGuardrail
 * @param timeout         timeout of one model call
 * @param maxConnections  HTTP connections of each HTTP client the provider creates
 * @param promptCaching   whether calls to a model that supports prompt caching mark the end of their static prefix
 *                        with a {@code cachePoint} (when the prefix is long enough for the model)
 */
public record BedrockSettings(String region, URI endpoint, URI stsEndpoint, Map<ModelTier, String> tierModels,
                              boolean profileFallback, String guardrailId, String guardrailVersion, boolean guardOutput,
                              Duration timeout, int maxConnections, boolean promptCaching) {
    /** AWS region of the Bedrock Runtime client. */
    public static final String REGION = "storyweave.bedrock.region";
    /** Endpoint URL of the Bedrock Runtime client. */
    public static final String ENDPOINT = "storyweave.bedrock.endpoint";
    /** Prefix of the per-tier model keys; see {@link #modelKey(ModelTier)}. */
    public static final String MODEL_PREFIX = "storyweave.bedrock.model.";
    /** Inference profile ARN for the selected tier. */
    public static final String INFERENCE_PROFILE_ARN = "storyweave.bedrock.inferenceProfileArn";
    /** Tier map preset: {@code default} or {@code claude-4}. */
    public static final String PRESET = "storyweave.bedrock.preset";
    /** Whether a model id without on-demand throughput is retried once with a cross-region profile. */
    public static final String PROFILE_FALLBACK = "storyweave.bedrock.profileFallback";
    /** Bedrock Guardrail identifier. */
    public static final String GUARDRAIL_ID = "storyweave.bedrock.guardrailId";
    /** Bedrock Guardrail version. */
    public static final String GUARDRAIL_VERSION = "storyweave.bedrock.guardrailVersion";
    /** Whether the guardrail is also applied to each finished story with ApplyGuardrail. */
    public static final String GUARDRAIL_OUTPUT = "storyweave.bedrock.guardrailOutput";
    /** Timeout of one model call. */
    public static final String TIMEOUT = "storyweave.bedrock.timeout";
    /** HTTP connections per client. */
    public static final String MAX_CONNECTIONS = "storyweave.bedrock.maxConnections";
    /** Whether calls mark their static prompt prefix for Bedrock's prompt cache. */
    public static final String PROMPT_CACHING = "storyweave.bedrock.promptCaching";

    /** Timeout of one model call when none is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** HTTP connections per client when none is configured; enough for 64 concurrent calls without queueing. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    /** The guardrail version used when only an id is configured. */
    public static final String DEFAULT_GUARDRAIL_VERSION = "DRAFT";

    /**
     * Checks every value against what Bedrock and the AWS SDK accept, naming the key, the value and
     * what is allowed; copies the tier map.
     *
     * @throws io.storyweave.StoryWeaveConfigException when a value cannot work
     */
    public BedrockSettings {
        region = SettingChecks.region(region, REGION);
        SettingChecks.endpoint(endpoint, ENDPOINT);
        Objects.requireNonNull(tierModels, "tierModels");
        EnumMap<ModelTier, String> models = new EnumMap<>(ModelTier.class);
        for (ModelTier tier : ModelTier.values()) {
            String id = tierModels.get(tier);
            if (id == null) {
                throw SettingChecks.invalid(modelKey(tier), "(unset)", "a model id for every tier");
            }
            models.put(tier, SettingChecks.modelId(id, modelKey(tier)));
        }
        tierModels = Collections.unmodifiableMap(models);
        if (guardrailId != null && guardrailId.isBlank()) {
            guardrailId = null;
        }
        if (guardrailId == null) {
            if (guardrailVersion != null) {
                throw SettingChecks.invalid(GUARDRAIL_ID, "(unset)", "a guardrail id or ARN whenever "
                        + GUARDRAIL_VERSION + " is set");
            }
        } else {
            guardrailId = guardrailId.trim();
            guardrailVersion = SettingChecks.guardrailVersion(
                    guardrailVersion == null ? DEFAULT_GUARDRAIL_VERSION : guardrailVersion, GUARDRAIL_VERSION);
        }
        SettingChecks.timeout(timeout, TIMEOUT);
        SettingChecks.maxConnections(maxConnections, MAX_CONNECTIONS);
    }

    /**
     * Settings with prompt caching on (the default).
     *
     * @param region           the AWS region the clients call
     * @param endpoint         Bedrock Runtime endpoint, or {@code null}
     * @param stsEndpoint      STS endpoint, or {@code null}
     * @param tierModels       the model id, inference profile id or ARN of every tier
     * @param profileFallback  whether a model id without on-demand throughput is retried with a cross-region profile
     * @param guardrailId      Bedrock Guardrail id or ARN, or {@code null}
     * @param guardrailVersion its version, or {@code null}
     * @param guardOutput      whether the guardrail is also applied to each finished story
     * @param timeout          timeout of one model call
     * @param maxConnections   HTTP connections of each HTTP client the provider creates
     * @throws io.storyweave.StoryWeaveConfigException when a value cannot work
     */
    public BedrockSettings(String region, URI endpoint, URI stsEndpoint, Map<ModelTier, String> tierModels,
                           boolean profileFallback, String guardrailId, String guardrailVersion, boolean guardOutput,
                           Duration timeout, int maxConnections) {
        this(region, endpoint, stsEndpoint, tierModels, profileFallback, guardrailId, guardrailVersion, guardOutput,
                timeout, maxConnections, true);
    }

    /**
     * @param tier a tier
     * @return its model key, e.g. {@code storyweave.bedrock.model.medium}
     */
    public static String modelKey(ModelTier tier) {
        return MODEL_PREFIX + tier.name().toLowerCase(Locale.ROOT);
    }

    /** @return a builder whose unset values come from the configuration and then the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of these settings, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder().region(region).endpoint(endpoint).stsEndpoint(stsEndpoint)
                .profileFallback(profileFallback).guardOutput(guardOutput).timeout(timeout).maxConnections(maxConnections)
                .guardrail(guardrailId, guardrailVersion).promptCaching(promptCaching);
        tierModels.forEach(b::tierModel);
        return b;
    }

    /** @return whether a guardrail is configured */
    public boolean hasGuardrail() {
        return guardrailId != null;
    }

    /**
     * @param tier a tier
     * @return the id calls for that tier are made with
     */
    public String modelId(ModelTier tier) {
        return tierModels.get(tier);
    }

    /**
     * Collects settings; each value left unset is read from the configuration keys when the
     * settings are {@linkplain #build(PluginConfig) built}, and then takes its default (the region
     * from the AWS chain, the tier map from {@link BedrockPreset#DEFAULT}).
     */
    public static final class Builder {
        private String region;
        private URI endpoint;
        private URI stsEndpoint;
        private final Map<ModelTier, String> tierModels = new EnumMap<>(ModelTier.class);
        private BedrockPreset preset;
        private Boolean profileFallback;
        private String guardrailId;
        private String guardrailVersion;
        private Boolean guardOutput;
        private Duration timeout;
        private Integer maxConnections;
        private Boolean promptCaching;

        private Builder() {
        }

        /**
         * @param value an AWS region such as {@code eu-west-1}
         * @return this
         */
        public Builder region(String value) {
            region = value;
            return this;
        }

        /**
         * @param value Bedrock Runtime endpoint, e.g. a VPC endpoint or a local stand-in
         * @return this
         */
        public Builder endpoint(URI value) {
            endpoint = value;
            return this;
        }

        /**
         * @param value STS endpoint used to name the account in access-denied errors
         * @return this
         */
        public Builder stsEndpoint(URI value) {
            stsEndpoint = value;
            return this;
        }

        /**
         * @param tier    a tier
         * @param modelId a model id, cross-region inference profile id, or inference profile ARN
         * @return this
         */
        public Builder tierModel(ModelTier tier, String modelId) {
            tierModels.put(tier, SettingChecks.modelId(modelId, "tierModel(" + tier + ")"));
            return this;
        }

        /**
         * @param value the tier map for tiers not set otherwise
         * @return this
         */
        public Builder preset(BedrockPreset value) {
            preset = value;
            return this;
        }

        /**
         * @param value whether to retry once with a cross-region profile after an on-demand refusal (default true)
         * @return this
         */
        public Builder profileFallback(boolean value) {
            profileFallback = value;
            return this;
        }

        /**
         * @param id      a Bedrock Guardrail id or ARN, or {@code null} for none
         * @param version {@code DRAFT} or a version number ({@code null}: {@code DRAFT})
         * @return this
         */
        public Builder guardrail(String id, String version) {
            guardrailId = id;
            guardrailVersion = version;
            return this;
        }

        /**
         * @param value whether to also apply the guardrail to each finished story with ApplyGuardrail
         *              (default {@code true} when a guardrail is set)
         * @return this
         */
        public Builder guardOutput(boolean value) {
            guardOutput = value;
            return this;
        }

        /**
         * @param value timeout of one model call (default 120 s)
         * @return this
         */
        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        /**
         * @param value HTTP connections of each HTTP client the provider creates, 1 to 4096 (default 64)
         * @return this
         */
        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        /**
         * @param value whether calls to a model that supports prompt caching mark the end of their static prefix
         *              (tool schema and system prompt) with a {@code cachePoint} when it is long enough (default true)
         * @return this
         */
        public Builder promptCaching(boolean value) {
            promptCaching = value;
            return this;
        }

        /**
         * @return the settings, with unset values read from system properties and the environment
         * @throws io.storyweave.StoryWeaveConfigException naming the key, the value and what is allowed
         */
        public BedrockSettings build() {
            return build(PluginConfig.of(Map.of()));
        }

        /**
         * @param configuration where unset values are read
         * @return the settings
         * @throws io.storyweave.StoryWeaveConfigException naming the key, the value and what is allowed
         */
        public BedrockSettings build(PluginConfig configuration) {
            SettingsReader read = new SettingsReader(configuration);
            String resolvedRegion = region != null ? SettingChecks.region(region, "region(...)") : read.region();
            Duration resolvedTimeout = timeout != null ? timeout : read.timeout();
            int connections = maxConnections != null ? maxConnections : read.maxConnections();
            URI resolvedEndpoint = endpoint != null ? endpoint : read.endpoint();
            boolean fallback = profileFallback != null ? profileFallback : read.profileFallback();
            String id = guardrailId != null ? guardrailId : read.guardrailId();
            String version = guardrailVersion != null ? guardrailVersion : read.guardrailVersion();
            boolean output = guardOutput != null ? guardOutput : read.guardOutput();
            Map<ModelTier, String> models = read.tierModels(tierModels, preset, resolvedRegion);
            boolean caching = promptCaching != null ? promptCaching : read.promptCaching();
            return new BedrockSettings(resolvedRegion, resolvedEndpoint, stsEndpoint, models, fallback, id, version,
                    output, resolvedTimeout, connections, caching);
        }
    }
}
