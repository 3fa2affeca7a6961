package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.bedrock.GuardrailCheck;
import io.storyweave.bedrock.BedrockModelIds;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Answers "why do my credentials not work?": which source supplied the credentials, who they
 * belong to, which region is used and why, whether each tier's model can be called, and whether the
 * DynamoDB tables exist. It never prints a secret key or session token. Used by
 * {@code storyweave doctor} and the {@code Doctor} example program.
 */
public final class Checkup {
    /** How one check ended. */
    public enum Status {
        /** Usable. */
        OK,
        /** Usable, but worth knowing. */
        WARN,
        /** Not usable. */
        FAIL
    }

    /**
     * One line of the report.
     *
     * @param status  how the check ended
     * @param topic   what was checked
     * @param message what was found and, when something is wrong, what to do
     */
    public record Finding(Status status, String topic, String message) {
        /** @return the line as printed */
        public String line() {
            String tag = switch (status) {
                case OK -> "[ OK ]";
                case WARN -> "[WARN]";
                case FAIL -> "[FAIL]";
            };
            return tag + " " + String.format(Locale.ROOT, "%-15s", topic) + " " + message;
        }
    }

    /**
     * What to check.
     *
     * @param tiers       the tiers whose models to call (cheapest call: one output token each)
     * @param checkTables whether to look at the DynamoDB tables
     * @param properties  builder properties (e.g. the table prefix) for the plugins
     */
    public record Options(List<ModelTier> tiers, boolean checkTables, Map<String, String> properties) {
    }

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private final AwsSetup setup;
    private final Consumer<Finding> sink;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param setup what the environment configures
     * @param sink  receives each finding as soon as it is known (so a slow check shows progress)
     */
    public Checkup(AwsSetup setup, Consumer<Finding> sink) {
        this.setup = setup;
        this.sink = sink;
    }

    /**
     * Runs every check.
     *
     * @param options what to check
     * @return whether everything checked is usable (no FAIL)
     */
    public boolean run(Options options) {
        Optional<Resolved> credentials = credentials();
        Optional<AwsSetup.RegionSetting> region = region();
        if (credentials.isEmpty() || region.isEmpty()) {
            add(Status.FAIL, "checks", "skipped the service checks: fix the lines above first.");
            return false;
        }
        identity(credentials.get().provider(), region.get().region());
        models(options, credentials.get().provider(), bedrockRegion(options, region.get().region()));
        if (options.checkTables()) {
            TableCheck.run(this, options.properties(), credentials.get().provider(), region.get().region());
        }
        return findings.stream().noneMatch(f -> f.status() == Status.FAIL);
    }

    /** @return every finding so far */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    void add(Status status, String topic, String message) {
        Finding finding = new Finding(status, topic, TerminalText.oneLine(message));
        findings.add(finding);
        sink.accept(finding);
    }

    private record Resolved(AwsSetup.Source source, AwsCredentialsProvider provider) {
    }

    private Optional<Resolved> credentials() {
        List<AwsSetup.Source> sources = setup.credentialSources();
        if (sources.isEmpty()) {
            add(Status.FAIL, "credentials", setup.whatIsMissing().orElse("no AWS credentials found."));
            return Optional.empty();
        }
        Resolved inUse = null;
        for (AwsSetup.Source source : sources) {
            AwsCredentialsProvider provider = providerFor(source);
            try {
                AwsCredentials resolved = provider.resolveCredentials();
                if (inUse == null) {
                    inUse = new Resolved(source, provider);
                    boolean temporary = resolved instanceof AwsSessionCredentials;
                    add(Status.OK, "credentials", "from " + source.describe() + ", access key id "
                            + AwsSetup.mask(resolved.accessKeyId()) + (temporary ? " (temporary, with a session token)" : ""));
                }
            } catch (RuntimeException e) {
                add(Status.WARN, "credentials", source.describe()
                        + " is set but gives no credentials: " + e.getMessage()
                        + (source.kind() == AwsSetup.SourceKind.SSO ? " Run 'aws sso login --profile "
                        + setup.profileName() + "'." : ""));
            }
        }
        if (inUse == null) {
            add(Status.FAIL, "credentials", "none of the configured sources gave credentials (see above).");
            return Optional.empty();
        }
        warnAboutOtherSources(sources, inUse);
        return Optional.of(inUse);
    }

    private void warnAboutOtherSources(List<AwsSetup.Source> sources, Resolved inUse) {
        if (sources.size() > 1) {
            List<String> others = sources.stream().filter(s -> !s.equals(inUse.source()))
                    .map(AwsSetup.Source::describe).toList();
            add(Status.WARN, "credentials", "several sources are set; the AWS SDK uses the first, "
                    + inUse.source().describe() + ", and ignores " + String.join(" and ", others) + "."
                    + hintForShadowedProfile(inUse.source()));
        } else if (setup.profileNamedExplicitly() && !isProfile(inUse.source())) {
            add(Status.WARN, "credentials", "AWS_PROFILE names '" + setup.profileName()
                    + "', but no such profile with credentials exists; the SDK uses " + inUse.source().describe() + ".");
        }
    }

    private String hintForShadowedProfile(AwsSetup.Source used) {
        if (used.kind() == AwsSetup.SourceKind.ENVIRONMENT && setup.profileNamedExplicitly()) {
            return " To use profile '" + setup.profileName() + "', unset AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"
                    + " and AWS_SESSION_TOKEN.";
        }
        return "";
    }

    private static boolean isProfile(AwsSetup.Source source) {
        return source.kind() == AwsSetup.SourceKind.PROFILE || source.kind() == AwsSetup.SourceKind.SSO;
    }

    private AwsCredentialsProvider providerFor(AwsSetup.Source source) {
        return switch (source.kind()) {
            case SYSTEM_PROPERTIES -> SystemPropertyCredentialsProvider.create();
            case ENVIRONMENT -> EnvironmentVariableCredentialsProvider.create();
            case WEB_IDENTITY -> WebIdentityTokenFileCredentialsProvider.create();
            case PROFILE, SSO -> ProfileCredentialsProvider.builder().profileName(setup.profileName()).build();
            case CONTAINER -> ContainerCredentialsProvider.builder().build();
            case INSTANCE_ROLE -> InstanceProfileCredentialsProvider.builder().build();
        };
    }

    private Optional<AwsSetup.RegionSetting> region() {
        Optional<AwsSetup.RegionSetting> region = setup.region();
        setup.ignoredDefaultRegion().ifPresent(value -> add(Status.WARN, "region", "AWS_DEFAULT_REGION=" + value
                + " is ignored by the AWS SDK for Java; set AWS_REGION instead."));
        if (region.isEmpty()) {
            add(Status.FAIL, "region", "no AWS region: set AWS_REGION (e.g. AWS_REGION=us-east-1) or 'region' in"
                    + " ~/.aws/config for profile '" + setup.profileName() + "'.");
            return region;
        }
        add(Status.OK, "region", region.get().region() + " (from " + region.get().origin() + ")");
        return region;
    }

    private String bedrockRegion(Options options, String region) {
        PluginConfig config = PluginConfig.of(options.properties());
        Optional<String> override = config.get(BedrockSettings.REGION);
        override.filter(r -> !r.equals(region)).ifPresent(r -> add(Status.WARN, "region",
                "Bedrock uses " + r + " (from storyweave.bedrock.region / STORYWEAVE_BEDROCK_REGION), not " + region + "."));
        return override.orElse(region);
    }

    private void identity(AwsCredentialsProvider provider, String region) {
        try (StsClient sts = StsClient.builder().region(Region.of(region)).credentialsProvider(provider)
                .httpClientBuilder(http()).overrideConfiguration(noRetries()).build()) {
            GetCallerIdentityResponse who = sts.getCallerIdentity();
            add(Status.OK, "identity", "account " + who.account() + ", ARN " + who.arn() + ", user id " + who.userId());
        } catch (AwsServiceException e) {
            add(Status.FAIL, "identity", "STS GetCallerIdentity refused these credentials: " + code(e) + ": "
                    + e.awsErrorDetails().errorMessage() + identityHint(code(e)));
        } catch (RuntimeException e) {
            add(Status.FAIL, "identity", "could not reach STS: " + e.getMessage());
        }
    }

    private static String identityHint(String code) {
        return switch (code) {
            case "InvalidClientTokenId" -> " (the access key id is unknown or deactivated; create a new key or fix AWS_ACCESS_KEY_ID).";
            case "SignatureDoesNotMatch" -> " (the secret access key does not belong to this key id).";
            case "ExpiredToken", "ExpiredTokenException" -> " (the session has expired; sign in again, e.g. 'aws sso login').";
            default -> "";
        };
    }

    private void models(Options options, AwsCredentialsProvider credentials, String region) {
        Map<String, List<ModelTier>> byModel = modelIds(options);
        if (byModel.isEmpty()) {
            return;
        }
        PluginConfig config = PluginConfig.of(options.properties());
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder().region(Region.of(region))
                .credentialsProvider(credentials).httpClientBuilder(http()).overrideConfiguration(noRetries());
        config.get(BedrockSettings.ENDPOINT).ifPresent(url -> builder.endpointOverride(URI.create(url)));
        boolean fallback = config.getBoolean(BedrockSettings.PROFILE_FALLBACK, true);
        try (BedrockRuntimeClient bedrock = builder.build()) {
            byModel.forEach((modelId, tiers) -> probe(bedrock, new ModelCheck(modelId, tiers, region, fallback)));
            config.get(BedrockSettings.GUARDRAIL_ID).ifPresent(id -> {
                GuardrailCheck.Outcome outcome = GuardrailCheck.run(bedrock, id.trim(),
                        config.get(BedrockSettings.GUARDRAIL_VERSION).orElse("DRAFT").trim());
                add(outcome.usable() ? Status.OK : Status.FAIL, "guardrail", outcome.message());
            });
        }
    }

    /** One distinct model to check, the tiers that use it, and whether the profile fallback applies. */
    private record ModelCheck(String modelId, List<ModelTier> tiers, String region, boolean fallback) {
    }

    private Map<String, List<ModelTier>> modelIds(Options options) {
        Map<String, List<ModelTier>> byModel = new LinkedHashMap<>();
        Optional<ModelProviderFactory> factory = ServiceLoader.load(ModelProviderFactory.class,
                Checkup.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("bedrock")).findFirst();
        if (factory.isEmpty()) {
            add(Status.FAIL, "models", "the Bedrock provider (storyweave-provider-bedrock) is not on the class path.");
            return byModel;
        }
        for (ModelTier tier : options.tiers()) {
            try (ModelProvider provider = factory.get().create(PluginConfig.of(options.properties()).withTier(tier))) {
                byModel.computeIfAbsent(provider.model(tier).modelId(), k -> new ArrayList<>()).add(tier);
            } catch (RuntimeException e) {
                add(Status.FAIL, "model " + StoryPrinter.lower(tier), "the Bedrock settings do not work: " + e.getMessage());
            }
        }
        return byModel;
    }

    /** What one probe call found. */
    private record Probe(String code, String message) {
        static final Probe OK = new Probe(null, null);

        boolean ok() {
            return code == null;
        }

        boolean needsProfile() {
            return "ValidationException".equals(code) && BedrockModelIds.needsInferenceProfile(message);
        }
    }

    /** The cheapest call that proves a model can be used: one Converse asking for one output token. */
    private static Probe call(BedrockRuntimeClient bedrock, String modelId) {
        try {
            bedrock.converse(r -> r.modelId(modelId)
                    .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Hi")).build())
                    .inferenceConfig(c -> c.maxTokens(1)));
            return Probe.OK;
        } catch (AwsServiceException e) {
            return new Probe(code(e), e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
        } catch (RuntimeException e) {
            return new Probe("unreachable", e.getMessage());
        }
    }

    private void probe(BedrockRuntimeClient bedrock, ModelCheck check) {
        String topic = "model " + String.join("+", check.tiers().stream().map(StoryPrinter::lower).toList());
        String modelId = check.modelId();
        String tierKey = "STORYWEAVE_BEDROCK_MODEL_" + check.tiers().get(0).name();
        Probe probe = call(bedrock, modelId);
        if (probe.ok()) {
            add(Status.OK, topic, modelId + " answers");
        } else if (probe.needsProfile()) {
            needsProfile(bedrock, check, topic, tierKey);
        } else if ("AccessDeniedException".equals(probe.code())) {
            add(Status.FAIL, topic, modelId + " access denied: " + probe.message() + " (request model access in the"
                    + " Bedrock console for this region, and allow bedrock:InvokeModel for these credentials).");
        } else if ("ResourceNotFoundException".equals(probe.code())) {
            add(Status.FAIL, topic, modelId + " not found in this region: " + probe.message() + " (check the id, or set "
                    + tierKey + ").");
        } else if ("ThrottlingException".equals(probe.code()) || "ServiceQuotaExceededException".equals(probe.code())) {
            add(Status.WARN, topic, modelId + " is reachable but throttled right now: " + probe.message());
        } else if ("unreachable".equals(probe.code())) {
            add(Status.FAIL, topic, modelId + " could not be reached: " + probe.message());
        } else {
            add(Status.FAIL, topic, modelId + " failed: " + probe.code() + ": " + probe.message());
        }
    }

    /**
     * A bare model id without on-demand throughput: StoryWeave retries it once through the region's
     * cross-region profile (unless the fallback is off), so check that profile too.
     */
    private void needsProfile(BedrockRuntimeClient bedrock, ModelCheck check, String topic, String tierKey) {
        String modelId = check.modelId();
        String profile = BedrockModelIds.crossRegionProfileId(modelId, check.region());
        String advice = "set " + tierKey + "=" + profile + " (or storyweave.bedrock.preset=claude-4)";
        if (!check.fallback() || !BedrockModelIds.isPlainModelId(modelId)) {
            add(Status.FAIL, topic, modelId + " needs an inference profile (no on-demand throughput): " + advice + ".");
            return;
        }
        Probe viaProfile = call(bedrock, profile);
        if (viaProfile.ok()) {
            add(Status.WARN, topic, modelId + " needs an inference profile (no on-demand throughput); StoryWeave falls"
                    + " back to " + profile + ", which answers. To skip the failing first call, " + advice + ".");
        } else {
            add(Status.FAIL, topic, modelId + " needs an inference profile (no on-demand throughput), and the fallback "
                    + profile + " failed too: " + viaProfile.code() + ": " + viaProfile.message() + ". Set " + tierKey
                    + " to an inference profile these credentials may use.");
        }
    }

    static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
    }

    static Apache5HttpClient.Builder http() {
        return Apache5HttpClient.builder().connectionTimeout(Duration.ofSeconds(3)).socketTimeout(CALL_TIMEOUT);
    }

    static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(CALL_TIMEOUT).build();
    }
}
