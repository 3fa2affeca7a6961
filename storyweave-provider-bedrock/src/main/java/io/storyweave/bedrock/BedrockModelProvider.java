package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.bedrock.internal.AwsSources;
import io.storyweave.bedrock.internal.BedrockApiKey;
import io.storyweave.bedrock.internal.BedrockClients;
import io.storyweave.bedrock.internal.CallSequence;
import io.storyweave.bedrock.internal.ConverseCall;
import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.bedrock.internal.ErrorClassifier;
import io.storyweave.bedrock.internal.ListPrices;
import io.storyweave.bedrock.internal.OutputGuard;
import io.storyweave.bedrock.internal.ProfileFallback;
import io.storyweave.bedrock.internal.PromptCaching;
import io.storyweave.bedrock.internal.RestartingSink;
import io.storyweave.bedrock.internal.StreamCall;
import io.storyweave.spi.GuardVerdict;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls Claude on AWS Bedrock with the Converse API (and ConverseStream for streaming), forcing a
 * tool whose input schema is the story shape so the answer arrives as structured JSON.
 *
 * <p>Clients come from the standard AWS configuration chain (credentials, region, and the
 * {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} / {@code AWS_ENDPOINT_URL} variables the AWS SDK honours
 * itself); the builder and the keys in {@link BedrockSettings} override them. The AWS SDK's own
 * retries are off: StoryWeave's core retries what {@link ModelProviderException#retryable()} allows,
 * so attempts are not multiplied. The provider itself repeats a call in two cases only: once with a
 * larger token budget after a {@code max_tokens} stop, and once with the region's cross-region
 * inference profile when Bedrock refuses a model id for on-demand throughput (the mapping is then
 * remembered for the life of this provider).
 *
 * <pre>{@code
 * try (BedrockModelProvider bedrock = BedrockModelProvider.builder()
 *         .region("eu-west-1").preset(BedrockPreset.CLAUDE_4).build();
 *      StoryWeave sw = StoryWeave.builder().provider(bedrock).build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Configuration keys: {@value BedrockSettings#REGION}, {@value BedrockSettings#ENDPOINT},
 * {@code storyweave.bedrock.model.cheap|medium|quality|expensive}, {@value BedrockSettings#INFERENCE_PROFILE_ARN},
 * {@value BedrockSettings#PRESET}, {@value BedrockSettings#PROFILE_FALLBACK}, {@value BedrockSettings#GUARDRAIL_ID},
 * {@value BedrockSettings#GUARDRAIL_VERSION}, {@value BedrockSettings#TIMEOUT}, {@value BedrockSettings#MAX_CONNECTIONS},
 * {@value BedrockSettings#PROMPT_CACHING};
 * see {@link BedrockSettings}. Thread-safe.
 */
public final class BedrockModelProvider implements ModelProvider {
    /** The name the provider is selected by. */
    public static final String NAME = "bedrock";
    /** Timeout of one model call when none is configured. */
    public static final Duration DEFAULT_TIMEOUT = BedrockSettings.DEFAULT_TIMEOUT;
    /** HTTP connections per client when none is configured; enough for 64 concurrent calls without queueing. */
    public static final int DEFAULT_MAX_CONNECTIONS = BedrockSettings.DEFAULT_MAX_CONNECTIONS;
    /** A stream may take a little longer than one call's timeout before it is given up. */
    private static final Duration STREAM_GRACE = Duration.ofSeconds(5);

    private final BedrockSettings settings;
    private final BedrockClients clients;
    private final ErrorClassifier errors;
    private final CallSequence calls;
    private final OutputGuard outputGuard;

    private BedrockModelProvider(BedrockSettings settings, BedrockClients clients) {
        this.settings = settings;
        this.clients = clients;
        this.errors = new ErrorClassifier(clients.identity(), settings.region());
        Guardrail guardrail = settings.hasGuardrail() ? new Guardrail(settings.guardrailId(), settings.guardrailVersion())
                : null;
        this.calls = new CallSequence(new ProfileFallback(settings.region(), settings.profileFallback()), errors,
                guardrail);
        this.outputGuard = guardrail != null && settings.guardOutput()
                ? new OutputGuard(clients.sync(), guardrail, errors) : null;
    }

    /** @return a builder; unset values come from {@link BedrockSettings} keys and the AWS chain */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@value #NAME} */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * @return the configured model id, inference profile id or ARN for the tier, with its list price
     *         when it is a model StoryWeave knows; Bedrock streams every model, and the handle has
     *         {@link ModelHandle.Capability#PROMPT_CACHING} when the model supports explicit prompt caching
     *         and {@value BedrockSettings#PROMPT_CACHING} is on
     */
    @Override
    public ModelHandle model(ModelTier tier) {
        String id = settings.modelId(tier);
        Set<ModelHandle.Capability> capabilities = settings.promptCaching() && PromptCaching.supports(id)
                ? Set.of(ModelHandle.Capability.STREAMING, ModelHandle.Capability.PROMPT_CACHING)
                : Set.of(ModelHandle.Capability.STREAMING);
        return new ModelHandle(tier, id, ListPrices.of(id), capabilities);
    }

    /** @return the settings this provider was built with */
    public BedrockSettings settings() {
        return settings;
    }

    /** @return the region the clients call */
    public String region() {
        return settings.region();
    }

    /** @return the tier map in use */
    public Map<ModelTier, String> tierModels() {
        return settings.tierModels();
    }

    /**
     * Bedrock calls a real model, so StoryWeave's model review pass is on by default with this provider.
     *
     * @return {@code true}
     */
    @Override
    public boolean reviewByDefault() {
        return true;
    }

    /**
     * Applies the configured guardrail to a finished story with ApplyGuardrail (unless
     * {@value BedrockSettings#GUARDRAIL_OUTPUT} is {@code false}).
     *
     * @param text the story's title and pages
     * @return the guardrail's verdict, or empty when no guardrail is configured for output
     */
    @Override
    public Optional<GuardVerdict> guardOutput(String text) {
        return outputGuard == null ? Optional.empty() : Optional.of(outputGuard.check(text));
    }

    /** @return whether a guardrail is configured for output, so that {@link #guardOutput} calls ApplyGuardrail */
    @Override
    public boolean guardsOutput() {
        return outputGuard != null;
    }

    /**
     * Calls Converse with the story tool forced.
     *
     * @param request the call
     * @return the tool input as JSON (or a JSON text answer), usage of every call made, and the id that answered
     * @throws ModelProviderException classified failure
     */
    @Override
    public ModelResponse generate(ModelRequest request) {
        return calls.run(request, ConverseCall.of(clients.sync(), request, calls.guardrailFor(request)), () -> { });
    }

    /**
     * Calls ConverseStream and hands the tool-input deltas (or text deltas) to {@code outputFragments}
     * in order. When the answer stops at {@code max_tokens}, the sink is told to
     * {@linkplain OutputSink#restart(String) restart} and the one retry with a larger budget is
     * streamed from its first character.
     *
     * @param request         the call
     * @param outputFragments receives consecutive pieces of the output JSON
     * @return the complete answer
     * @throws ModelProviderException classified failure
     */
    @Override
    public ModelResponse generateStreaming(ModelRequest request, OutputSink outputFragments) {
        RestartingSink sink = new RestartingSink(outputFragments);
        return calls.run(request, StreamCall.of(clients::async, request, calls.guardrailFor(request), sink,
                settings.timeout().plus(STREAM_GRACE), errors), sink::restartForLargerBudget);
    }

    /** Closes the clients, HTTP clients and credentials provider this provider created; passed-in ones stay open. */
    @Override
    public void close() {
        clients.close();
    }

    /** @return region, tier map and whether a guardrail is set; never credentials */
    @Override
    public String toString() {
        return "BedrockModelProvider[region=" + settings.region() + ", models=" + settings.tierModels()
                + ", profileFallback=" + settings.profileFallback() + ", guardrail="
                + (settings.hasGuardrail() ? settings.guardrailId() : "none") + ", promptCaching="
                + settings.promptCaching() + "]";
    }

    /**
     * Builds a {@link BedrockModelProvider}. Every value left unset is taken from the
     * {@link #configuration(PluginConfig) configuration} ({@link BedrockSettings} keys: builder
     * properties, system properties, environment) and then from the AWS defaults.
     */
    public static final class Builder {
        private BedrockSettings.Builder settings = BedrockSettings.builder();
        private AwsCredentialsProvider credentialsProvider;
        private SdkHttpClient httpClient;
        private SdkAsyncHttpClient asyncHttpClient;
        private PluginConfig configuration;

        private Builder() {
        }

        /**
         * @param value settings to start from (e.g. another provider's, changed with {@link BedrockSettings#toBuilder()});
         *              replaces every setting made on this builder so far
         * @return this
         */
        public Builder settings(BedrockSettings value) {
            settings = value.toBuilder();
            return this;
        }

        /**
         * @param value an AWS region such as {@code eu-west-1}
         * @return this
         */
        public Builder region(String value) {
            settings.region(value);
            return this;
        }

        /**
         * @param value credentials for Bedrock and STS; not closed by the provider
         * @return this
         */
        public Builder credentialsProvider(AwsCredentialsProvider value) {
            credentialsProvider = value;
            return this;
        }

        /**
         * @param value Bedrock Runtime endpoint, e.g. a VPC endpoint or a local stand-in
         * @return this
         */
        public Builder endpointOverride(URI value) {
            settings.endpoint(value);
            return this;
        }

        /**
         * @param value STS endpoint used to name the account in access-denied errors
         * @return this
         */
        public Builder stsEndpointOverride(URI value) {
            settings.stsEndpoint(value);
            return this;
        }

        /**
         * @param value HTTP client for Converse and STS; not closed by the provider
         * @return this
         */
        public Builder httpClient(SdkHttpClient value) {
            httpClient = value;
            return this;
        }

        /**
         * @param value HTTP client for ConverseStream; not closed by the provider
         * @return this
         */
        public Builder asyncHttpClient(SdkAsyncHttpClient value) {
            asyncHttpClient = value;
            return this;
        }

        /**
         * @param tier    a tier
         * @param modelId a model id, cross-region inference profile id, or inference profile ARN
         * @return this
         */
        public Builder tierModel(ModelTier tier, String modelId) {
            settings.tierModel(tier, modelId);
            return this;
        }

        /**
         * @param value the tier map for tiers not set otherwise
         * @return this
         */
        public Builder preset(BedrockPreset value) {
            settings.preset(value);
            return this;
        }

        /**
         * @param value whether to retry once with a cross-region profile after an on-demand refusal (default true)
         * @return this
         */
        public Builder profileFallback(boolean value) {
            settings.profileFallback(value);
            return this;
        }

        /**
         * @param id      a Bedrock Guardrail id or ARN
         * @param version {@code DRAFT} or a version number
         * @return this
         */
        public Builder guardrail(String id, String version) {
            settings.guardrail(id, version);
            return this;
        }

        /**
         * @param value whether to also apply the guardrail to each finished story with ApplyGuardrail
         *              (default {@code true} when a guardrail is set)
         * @return this
         */
        public Builder guardOutput(boolean value) {
            settings.guardOutput(value);
            return this;
        }

        /**
         * @param value timeout of one model call (default 120 s)
         * @return this
         */
        public Builder apiCallTimeout(Duration value) {
            settings.timeout(value);
            return this;
        }

        /**
         * @param value HTTP connections of each HTTP client the provider creates, 1 to 4096 (default 64, so 64
         *              concurrent calls never wait for a connection); ignored for HTTP clients passed in
         * @return this
         */
        public Builder maxConnections(int value) {
            settings.maxConnections(value);
            return this;
        }

        /**
         * @param value whether calls to a model that supports prompt caching put a {@code cachePoint} after their
         *              static prefix (tool schema and system prompt) when it is long enough for the model to cache
         *              (default true)
         * @return this
         */
        public Builder promptCaching(boolean value) {
            settings.promptCaching(value);
            return this;
        }

        /**
         * @param value where unset values are read (default: system properties and environment)
         * @return this
         */
        public Builder configuration(PluginConfig value) {
            configuration = value;
            return this;
        }

        /** Without any source the AWS SDK would only fail at the first call, after trying each one in turn. */
        private static StoryWeaveConfigException noCredentials(AwsSources sources, boolean noRegion) {
            return new StoryWeaveConfigException("AWS is not configured for Bedrock: " + sources.credentialHint()
                    + (noRegion ? "; no AWS region (set AWS_REGION, e.g. AWS_REGION=us-east-1, or 'region' in"
                    + " ~/.aws/config)" : "") + ". Then check the whole setup with 'storyweave doctor' or"
                    + " StoryWeave.builder().diagnose(...).");
        }

        /**
         * @return a ready provider
         * @throws StoryWeaveConfigException naming the key, the value and what is allowed
         */
        public BedrockModelProvider build() {
            PluginConfig config = configuration != null ? configuration : PluginConfig.of(Map.of());
            AwsSources sources = AwsSources.of(config);
            Optional<String> apiKey = sources.bearerToken();
            boolean noCredentials = credentialsProvider == null && apiKey.isEmpty() && sources.credentialSources().isEmpty();
            BedrockSettings resolved;
            try {
                resolved = configuration != null ? settings.build(configuration) : settings.build();
            } catch (StoryWeaveConfigException e) {
                if (noCredentials && sources.region().isEmpty() && config.get(BedrockSettings.REGION).isEmpty()) {
                    throw noCredentials(sources, true);
                }
                throw e;
            }
            if (noCredentials) {
                throw noCredentials(sources, false);
            }
            BedrockClients clients = BedrockClients.assemble(resolved, new BedrockClients.Given(credentialsProvider,
                    httpClient, asyncHttpClient, apiKey.map(BedrockApiKey::new).orElse(null)));
            return new BedrockModelProvider(resolved, clients);
        }
    }
}
