package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.bedrock.internal.CallerIdentity;
import io.storyweave.bedrock.internal.ConverseCalls;
import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.bedrock.internal.ErrorClassifier;
import io.storyweave.bedrock.internal.LazyAsyncClient;
import io.storyweave.bedrock.internal.ListPrices;
import io.storyweave.bedrock.internal.ModelIds;
import io.storyweave.bedrock.internal.Outcome;
import io.storyweave.bedrock.internal.OutputGuard;
import io.storyweave.bedrock.internal.StreamCall;
import io.storyweave.spi.GuardVerdict;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import io.storyweave.spi.Resources;
import io.storyweave.spi.PluginConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Calls Claude on AWS Bedrock with the Converse API (and ConverseStream for streaming), forcing a
 * tool whose input schema is the story shape so the answer arrives as structured JSON.
 *
 * <p>Clients come from the standard AWS configuration chain (credentials, region, and the
 * {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} / {@code AWS_ENDPOINT_URL} variables the AWS SDK honours
 * itself); the builder and the keys in {@link BedrockSettings} override them. The AWS SDK's own
 * retries are off: StoryWeave's core retries what {@link #isRetryable} allows, so attempts are not
 * multiplied. The provider itself repeats a call in two cases only: once with a larger token budget
 * after a {@code max_tokens} stop, and once with the region's cross-region inference profile when
 * Bedrock refuses a model id for on-demand throughput (the mapping is then remembered for the life
 * of this provider).
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
 * {@value BedrockSettings#GUARDRAIL_VERSION}, {@value BedrockSettings#TIMEOUT}, {@value BedrockSettings#MAX_CONNECTIONS};
 * see {@link BedrockSettings}. Thread-safe.
 */
public final class BedrockModelProvider implements ModelProvider {
    /** The name the provider is selected by. */
    public static final String NAME = "bedrock";
    /** Timeout of one model call when none is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** HTTP connections per client when none is configured; enough for 64 concurrent calls without queueing. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(BedrockModelProvider.class);
    private static final String MAX_TOKENS = "max_tokens";
    private static final Set<String> BLOCKED = Set.of("guardrail_intervened", "content_filtered");
    private static final Duration STS_TIMEOUT = Duration.ofSeconds(3);

    private final BedrockRuntimeClient client;
    private final LazyAsyncClient asyncClient;
    private final Map<ModelTier, String> tierModels;
    private final boolean profileFallback;
    private final Guardrail guardrail;
    private final OutputGuard outputGuard;
    private final String region;
    private final Duration timeout;
    private final ErrorClassifier errors;
    private final List<AutoCloseable> owned;
    private final Map<String, String> profileFor = new ConcurrentHashMap<>();

    private BedrockModelProvider(BedrockRuntimeClient client, LazyAsyncClient asyncClient,
                                 Map<ModelTier, String> tierModels, boolean profileFallback, Guardrail guardrail,
                                 boolean guardOutput, String region, Duration timeout, ErrorClassifier errors,
                                 List<AutoCloseable> owned) {
        this.client = client;
        this.asyncClient = asyncClient;
        this.tierModels = Collections.unmodifiableMap(new EnumMap<>(tierModels));
        this.profileFallback = profileFallback;
        this.guardrail = guardrail;
        this.outputGuard = guardrail != null && guardOutput ? new OutputGuard(client, guardrail, errors) : null;
        this.region = region;
        this.timeout = timeout;
        this.errors = errors;
        this.owned = owned;
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
     *         when it is a model StoryWeave knows; Bedrock streams every model
     */
    @Override
    public ModelHandle model(ModelTier tier) {
        String id = tierModels.get(tier);
        if (id == null) {
            String key = BedrockSettings.modelKey(tier);
            throw new StoryWeaveConfigException("No Bedrock model is configured for the tier " + tier + "; set " + key
                    + " (" + PluginConfig.environmentName(key) + ") to a model id or inference profile");
        }
        return new ModelHandle(tier, id, ListPrices.of(id), Set.of(ModelHandle.Capability.STREAMING));
    }

    /** @return the region the clients call */
    public String region() {
        return region;
    }

    /** @return the tier map in use */
    public Map<ModelTier, String> tierModels() {
        return tierModels;
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

    /**
     * Calls Converse with the story tool forced.
     *
     * @param request the call
     * @return the tool input as JSON (or a JSON text answer), usage of every call made, and the id that answered
     * @throws ModelProviderException classified failure
     */
    @Override
    public ModelResponse generate(ModelRequest request) {
        return run(request, (modelId, maxTokens) -> converse(request, modelId, maxTokens), () -> { });
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
        boolean[] delivered = {false};
        Runnable restartForLargerBudget = () -> {
            if (delivered[0]) {
                outputFragments.restart("the answer reached the token budget and is written again with a larger one");
                delivered[0] = false;
            }
        };
        return run(request, (modelId, maxTokens) -> {
            // A call that failed before its first fragment (e.g. the on-demand refusal) leaves nothing to continue.
            boolean discard = delivered[0];
            Consumer<String> sink = piece -> {
                if (!discard) {
                    delivered[0] = true;
                    outputFragments.accept(piece);
                }
            };
            return StreamCall.run(asyncClient.get(), ConverseCalls.stream(request, modelId, maxTokens, guardrailFor(request)), sink,
                    timeout.plusSeconds(5), errors);
        }, restartForLargerBudget);
    }

    private Outcome converse(ModelRequest request, String modelId, int maxTokens) {
        ConverseResponse r = client.converse(ConverseCalls.converse(request, modelId, maxTokens, guardrailFor(request)));
        return new Outcome(ConverseCalls.output(r, request.outputSchema().name()),
                r.usage() == null ? Outcome.usage(null, null) : Outcome.usage(r.usage().inputTokens(), r.usage().outputTokens()),
                modelId, r.stopReasonAsString(), r.responseMetadata().requestId());
    }

    /** A review reads a draft that may be unsafe; a guardrail blocking it would leave no chance to rewrite. */
    private Guardrail guardrailFor(ModelRequest request) {
        return request.purpose() == ModelRequest.Purpose.REVIEW ? null : guardrail;
    }

    @FunctionalInterface
    private interface Call {
        Outcome call(String modelId, int maxTokens);
    }

    private ModelResponse run(ModelRequest request, Call call, Runnable beforeLargerBudget) {
        String configured = request.model().modelId();
        Outcome first = withProfileFallback(request.model().tier(), configured, id -> attempt(call, id, request.maxTokens()));
        Outcome result = first;
        if (MAX_TOKENS.equals(first.stopReason())) {
            int larger = largerBudget(request.maxTokens(), first.modelId());
            if (larger <= request.maxTokens()) {
                throw outputLimit(first, request.maxTokens(), 0);
            }
            LOG.info("Bedrock stopped at max_tokens ({}) for {}; retrying once with {} tokens", request.maxTokens(),
                    first.modelId(), larger);
            beforeLargerBudget.run();
            result = attempt(call, first.modelId(), larger).plusUsage(first.usage());
            if (MAX_TOKENS.equals(result.stopReason())) {
                throw outputLimit(result, request.maxTokens(), larger);
            }
        }
        if (result.stopReason() != null && BLOCKED.contains(result.stopReason())) {
            throw new ModelProviderException("Bedrock stopped the answer of " + result.modelId() + " with stop reason "
                    + result.stopReason() + (guardrail == null ? "" : " (guardrail " + guardrail.id() + " version "
                    + guardrail.version() + ")") + "; the story was not written", Kind.CONTENT_BLOCKED, false,
                    result.stopReason(), result.requestId(), null);
        }
        return new ModelResponse(result.output(), result.usage(), result.modelId(), result.stopReason(),
                result.requestId());
    }

    private Outcome attempt(Call call, String modelId, int maxTokens) {
        try {
            return call.call(modelId, maxTokens);
        } catch (RuntimeException e) {
            throw errors.classify(e, modelId);
        }
    }

    private Outcome withProfileFallback(ModelTier tier, String configured, Function<String, Outcome> call) {
        String remembered = profileFor.get(configured);
        String modelId = remembered != null ? remembered : configured;
        try {
            return call.apply(modelId);
        } catch (ModelProviderException e) {
            if (remembered != null || e.kind() != Kind.INVALID_REQUEST || !ModelIds.isPlainModelId(modelId)
                    || !ModelIds.isOnDemandUnsupported(e.getMessage())) {
                throw e;
            }
            String profile = ModelIds.geographyPrefix(region) + modelId;
            String modelKey = BedrockSettings.modelKey(tier);
            String howTo = " Set " + modelKey + " (" + PluginConfig.environmentName(modelKey) + ") to an inference profile"
                    + " id such as " + profile + ", or " + BedrockSettings.INFERENCE_PROFILE_ARN + " ("
                    + PluginConfig.environmentName(BedrockSettings.INFERENCE_PROFILE_ARN)
                    + ") to an inference profile ARN (arn:aws:bedrock:REGION:ACCOUNT:inference-profile/... or"
                    + " application-inference-profile/...) that your account and policies allow.";
            if (!profileFallback) {
                throw ErrorClassifier.reword(e, "", " Model " + modelId + " needs an inference profile, and the automatic"
                        + " fallback to the cross-region profile " + profile + " is off (" + BedrockSettings.PROFILE_FALLBACK
                        + "=false). That is usually because an organisation (SCP) or region policy denies some of the"
                        + " regions a cross-region profile routes to; such a policy may be the cause if " + profile
                        + " is denied too." + howTo);
            }
            if (profileFor.putIfAbsent(configured, profile) == null) {
                LOG.warn("Bedrock model {} has no on-demand throughput in {}; using the cross-region inference profile {}"
                        + " for it from now on. Configure {}={} (or {}) to skip the failing first call.", modelId, region,
                        profile, modelKey, profile, BedrockSettings.INFERENCE_PROFILE_ARN);
            }
            try {
                return call.apply(profile);
            } catch (ModelProviderException second) {
                if (second.retryable()) {
                    throw ErrorClassifier.reword(second, "(using inference profile " + profile + " instead of " + modelId
                            + ") ", "");
                }
                throw ErrorClassifier.reword(second, "Tried model id " + modelId + " (Bedrock: no on-demand throughput)"
                        + " and then the inference profile " + profile + "; both failed. Last error: ", howTo);
            }
        }
    }

    /**
     * Twice the budget, capped at the output limit of the model's family (Claude 3: 4,096; Claude 3.5
     * and 3.7 and unknown ids such as application profile ARNs: 8,192; Claude 4.x: 32,000), so the
     * retry never asks for more than the model accepts.
     */
    private static int largerBudget(int maxTokens, String modelId) {
        int cap;
        if (modelId.contains("claude-3-opus") || modelId.contains("claude-3-haiku") || modelId.contains("claude-3-sonnet")) {
            cap = 4096;
        } else if (modelId.contains("claude-3") || !modelId.contains("claude-")) {
            cap = 8192;
        } else {
            cap = 32000;
        }
        return (int) Math.max(maxTokens, Math.min(2L * maxTokens, cap));
    }

    private static ModelProviderException outputLimit(Outcome last, int first, int second) {
        String tried = second == 0 ? first + " output tokens (the most this model allows)"
                : first + " output tokens, nor in " + second + " after one retry with a larger budget";
        return new ModelProviderException("The story from " + last.modelId() + " did not fit in " + tried
                + " (" + last.usage().totalTokens() + " tokens used). Ask for fewer pages or choose a tier whose model"
                + " allows longer answers", Kind.OUTPUT_LIMIT, false, MAX_TOKENS, last.requestId(), null);
    }

    /** Closes the clients, HTTP clients and credentials provider this provider created; passed-in ones stay open. */
    @Override
    public void close() {
        for (AutoCloseable closeable : owned) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** @return region, tier map and whether a guardrail is set; never credentials */
    @Override
    public String toString() {
        return "BedrockModelProvider[region=" + region + ", models=" + tierModels + ", profileFallback="
                + profileFallback + ", guardrail=" + (guardrail == null ? "none" : guardrail.id()) + "]";
    }

    /**
     * Builds a {@link BedrockModelProvider}. Every value left unset is taken from the
     * {@link #configuration(PluginConfig) configuration} ({@link BedrockSettings} keys: builder
     * properties, system properties, environment) and then from the AWS defaults.
     */
    public static final class Builder {
        private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
        private static final Pattern GUARDRAIL_VERSION = Pattern.compile("DRAFT|\\d{1,8}");

        private String region;
        private AwsCredentialsProvider credentialsProvider;
        private URI endpointOverride;
        private URI stsEndpointOverride;
        private SdkHttpClient httpClient;
        private SdkAsyncHttpClient asyncHttpClient;
        private final Map<ModelTier, String> tierModels = new EnumMap<>(ModelTier.class);
        private BedrockPreset preset;
        private Boolean profileFallback;
        private String guardrailId;
        private String guardrailVersion;
        private Boolean guardOutput;
        private Duration apiCallTimeout;
        private Integer maxConnections;
        private PluginConfig configuration;

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
            endpointOverride = value;
            return this;
        }

        /**
         * @param value STS endpoint used to name the account in access-denied errors
         * @return this
         */
        public Builder stsEndpointOverride(URI value) {
            stsEndpointOverride = value;
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
            tierModels.put(tier, checkModelId(modelId, "tierModel(" + tier + ")"));
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
         * @param id      a Bedrock Guardrail id or ARN
         * @param version {@code DRAFT} or a version number
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
        public Builder apiCallTimeout(Duration value) {
            apiCallTimeout = value;
            return this;
        }

        /**
         * @param value HTTP connections of each HTTP client the provider creates, 1 to 4096 (default 64, so 64
         *              concurrent calls never wait for a connection); ignored for HTTP clients passed in
         * @return this
         */
        public Builder maxConnections(int value) {
            maxConnections = value;
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

        /**
         * @return a ready provider
         * @throws StoryWeaveConfigException naming the key, the value and what is allowed
         */
        public BedrockModelProvider build() {
            PluginConfig cfg = configuration != null ? configuration : PluginConfig.of(Map.of());
            String resolvedRegion = resolveRegion(cfg);
            Duration resolvedTimeout = apiCallTimeout != null ? apiCallTimeout
                    : cfg.getDuration(BedrockSettings.TIMEOUT, DEFAULT_TIMEOUT);
            if (resolvedTimeout.isNegative() || resolvedTimeout.isZero() || resolvedTimeout.compareTo(Duration.ofHours(1)) > 0) {
                throw invalid(BedrockSettings.TIMEOUT, resolvedTimeout, "a duration above 0 and at most 1 hour");
            }
            int connections = maxConnections != null ? maxConnections
                    : cfg.getInt(BedrockSettings.MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS);
            if (connections < 1 || connections > 4096) {
                throw invalid(BedrockSettings.MAX_CONNECTIONS, connections, "a whole number from 1 to 4096");
            }
            URI endpoint = endpointOverride != null ? endpointOverride
                    : cfg.get(BedrockSettings.ENDPOINT).map(Builder::parseEndpoint).orElse(null);
            boolean fallback = profileFallback != null ? profileFallback
                    : cfg.getBoolean(BedrockSettings.PROFILE_FALLBACK, true);
            Guardrail guard = resolveGuardrail(cfg);
            Map<ModelTier, String> models = resolveModels(cfg, resolvedRegion);

            List<AutoCloseable> owned = new ArrayList<>();
            try {
                AwsCredentialsProvider credentials = credentialsProvider;
                if (credentials == null) {
                    DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
                    owned.add(chain);
                    credentials = chain;
                }
                SdkHttpClient http = httpClient;
                if (http == null) {
                    http = Apache5HttpClient.builder().maxConnections(connections).socketTimeout(resolvedTimeout)
                            .connectionTimeout(shorter(resolvedTimeout, Duration.ofSeconds(10))).build();
                    owned.add(http);
                }
                Region awsRegion = Region.of(resolvedRegion);
                ClientOverrideConfiguration override = noRetries(resolvedTimeout);
                var syncBuilder = BedrockRuntimeClient.builder().region(awsRegion).credentialsProvider(credentials)
                        .httpClient(http).overrideConfiguration(override);
                var asyncBuilder = BedrockRuntimeAsyncClient.builder().region(awsRegion).credentialsProvider(credentials)
                        .overrideConfiguration(override);
                if (asyncHttpClient != null) {
                    asyncBuilder.httpClient(asyncHttpClient);
                }
                var stsBuilder = StsClient.builder().region(awsRegion).credentialsProvider(credentials).httpClient(http)
                        .overrideConfiguration(noRetries(STS_TIMEOUT));
                if (endpoint != null) {
                    syncBuilder.endpointOverride(endpoint);
                    asyncBuilder.endpointOverride(endpoint);
                }
                if (stsEndpointOverride != null) {
                    stsBuilder.endpointOverride(stsEndpointOverride);
                }
                BedrockRuntimeClient sync = syncBuilder.build();
                owned.add(0, sync);
                LazyAsyncClient async = new LazyAsyncClient(asyncBuilder, asyncHttpClient != null ? null
                        : () -> NettyNioAsyncHttpClient.builder().maxConcurrency(connections).readTimeout(resolvedTimeout)
                        .connectionTimeout(shorter(resolvedTimeout, Duration.ofSeconds(10))).build());
                owned.add(0, async);
                CallerIdentity identity = new CallerIdentity(stsBuilder::build);
                owned.add(0, identity);
                boolean guardOutput = this.guardOutput != null ? this.guardOutput
                        : cfg.getBoolean(BedrockSettings.GUARDRAIL_OUTPUT, true);
                return new BedrockModelProvider(sync, async, models, fallback, guard, guardOutput, resolvedRegion,
                        resolvedTimeout, new ErrorClassifier(identity, resolvedRegion), List.copyOf(owned));
            } catch (RuntimeException e) {
                Resources.closeAfterFailure(owned, e);
                throw e instanceof StoryWeaveConfigException ? e
                        : new StoryWeaveConfigException("The Bedrock provider could not start: " + e.getMessage(), e);
            }
        }

        private static ClientOverrideConfiguration noRetries(Duration apiCallTimeout) {
            return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry())
                    .apiCallTimeout(apiCallTimeout).build();
        }

        private static Duration shorter(Duration a, Duration b) {
            return a.compareTo(b) < 0 ? a : b;
        }

        private String resolveRegion(PluginConfig cfg) {
            if (region != null) {
                return checkRegion(region, "region(...)");
            }
            var configured = cfg.get(BedrockSettings.REGION);
            if (configured.isPresent()) {
                return checkRegion(configured.get(), BedrockSettings.REGION);
            }
            // The AWS SDK's own order: system property aws.region, then AWS_REGION (here also from a
            // StoryWeave builder's environment map, which the SDK cannot see), then profile and IMDS.
            var fromAws = cfg.get("aws.region");
            if (fromAws.isPresent()) {
                return checkRegion(fromAws.get(), "aws.region / AWS_REGION");
            }
            try {
                return new DefaultAwsRegionProviderChain().getRegion().id();
            } catch (SdkClientException e) {
                throw new StoryWeaveConfigException("No AWS region for Bedrock: set " + BedrockSettings.REGION + " ("
                        + PluginConfig.environmentName(BedrockSettings.REGION) + "), AWS_REGION, or a region in your AWS"
                        + " profile", e);
            }
        }

        private static String checkRegion(String value, String source) {
            String trimmed = value.trim();
            if (!REGION_NAME.matcher(trimmed).matches()) {
                throw invalid(source, value, "an AWS region name such as us-east-1 or eu-west-1");
            }
            return trimmed;
        }

        private static URI parseEndpoint(String value) {
            try {
                URI uri = new URI(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below with the allowed form
            }
            throw invalid(BedrockSettings.ENDPOINT, value, "an http:// or https:// URL such as"
                    + " https://bedrock-runtime.us-east-1.amazonaws.com");
        }

        private Guardrail resolveGuardrail(PluginConfig cfg) {
            String id = guardrailId != null ? guardrailId : cfg.get(BedrockSettings.GUARDRAIL_ID).orElse(null);
            String version = guardrailVersion != null ? guardrailVersion
                    : cfg.get(BedrockSettings.GUARDRAIL_VERSION).orElse(null);
            if (id == null || id.isBlank()) {
                if (version != null) {
                    throw invalid(BedrockSettings.GUARDRAIL_ID, "(unset)", "a guardrail id or ARN whenever "
                            + BedrockSettings.GUARDRAIL_VERSION + " is set");
                }
                return null;
            }
            String v = version == null ? "DRAFT" : version.trim();
            if (!GUARDRAIL_VERSION.matcher(v).matches()) {
                throw invalid(BedrockSettings.GUARDRAIL_VERSION, version, "DRAFT or a version number such as 1");
            }
            return new Guardrail(id.trim(), v);
        }

        private Map<ModelTier, String> resolveModels(PluginConfig cfg, String resolvedRegion) {
            BedrockPreset base = preset != null ? preset
                    : cfg.get(BedrockSettings.PRESET).map(v -> BedrockPreset.parse(v, BedrockSettings.PRESET))
                    .orElse(BedrockPreset.DEFAULT);
            String arn = cfg.get(BedrockSettings.INFERENCE_PROFILE_ARN).orElse(null);
            if (arn != null && !ModelIds.isProfileArn(arn)) {
                throw invalid(BedrockSettings.INFERENCE_PROFILE_ARN, arn, "an inference profile ARN such as"
                        + " arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0"
                        + " or arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123");
            }
            Map<ModelTier, String> models = new EnumMap<>(ModelTier.class);
            for (ModelTier tier : ModelTier.values()) {
                String key = BedrockSettings.modelKey(tier);
                // An ARN "for the selected tier" applies to every tier when the provider is built without one.
                boolean arnApplies = arn != null && cfg.tier().map(tier::equals).orElse(true);
                String id = tierModels.get(tier);
                if (id == null) {
                    id = arnApplies ? arn : cfg.get(key).map(v -> checkModelId(v, key))
                            .orElseGet(() -> base.modelFor(tier, resolvedRegion));
                }
                models.put(tier, id);
            }
            return models;
        }

        private static String checkModelId(String value, String source) {
            if (value == null || value.isBlank() || !ModelIds.isValid(value.trim())) {
                throw invalid(source, value, "a Bedrock model id (anthropic.claude-3-5-haiku-20241022-v1:0), a"
                        + " cross-region inference profile id (us./eu./apac./jp./au./global. + model id) or an"
                        + " inference profile ARN (arn:aws:bedrock:REGION:ACCOUNT:inference-profile/... or"
                        + " application-inference-profile/...)");
            }
            return value.trim();
        }

        private static StoryWeaveConfigException invalid(String key, Object value, String allowed) {
            return new StoryWeaveConfigException(key + " is \"" + value + "\", which is not allowed; use " + allowed);
        }
    }
}
