package io.storyweave.bedrock.internal;

import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveException;
import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.bedrock.GuardrailCheck;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Bedrock provider's self-check, in the order a user fixes things: credentials, region, the
 * provider's settings, who the credentials belong to (STS), each tier's model (one smallest call
 * per distinct model id) and the guardrail. Every check is reported: one that cannot run because
 * an earlier one failed is a FAIL line naming what it needs. No line holds a secret.
 */
public final class BedrockCheckup {
    private static final Duration LONGEST_CALL = Duration.ofSeconds(20);
    private static final String IDENTITY = "identity";
    private static final String GUARDRAIL = "guardrail";

    private final PluginConfig config;
    private final AwsSources sources;
    private final Consumer<Diagnostic> report;

    /**
     * @param config the configuration the provider would be created with
     * @param report receives each line as soon as it is known
     */
    public BedrockCheckup(PluginConfig config, Consumer<Diagnostic> report) {
        this.config = config;
        this.sources = AwsSources.of(config);
        this.report = d -> report.accept(new Diagnostic(d.status(), d.topic(), Secrets.redact(d.message())));
    }

    /** @param tiers the tiers whose models to check */
    public void run(List<ModelTier> tiers) {
        Optional<AwsCredentialsProvider> credentials = new CredentialCheck(sources, report).run();
        Optional<BedrockApiKey> apiKey = sources.bearerToken().map(BedrockApiKey::new);
        Optional<String> region = region();
        Optional<BedrockSettings> settings = region.flatMap(this::settings);
        Map<String, List<ModelTier>> models = settings.map(s -> byModel(s, tiers)).orElse(Map.of());
        String missing = credentials.isEmpty() && apiKey.isEmpty() ? "AWS credentials (see the credentials line)"
                : region.isEmpty() ? "an AWS region (see the region line)"
                : settings.isEmpty() ? "working Bedrock settings (see the settings line)" : null;
        BedrockClients clients = null;
        if (missing == null) {
            try {
                clients = BedrockClients.assemble(withEndpointsFromEnvironment(settings.get()),
                        new BedrockClients.Given(credentials.orElseGet(AnonymousCredentialsProvider::create), null, null,
                                apiKey.orElse(null)));
            } catch (RuntimeException e) {
                report.accept(Diagnostic.fail("clients", "the AWS clients could not be built: " + e.getMessage()));
                missing = "the AWS clients (see the clients line)";
            }
        }
        if (missing != null) {
            notChecked(IDENTITY, missing);
            if (models.isEmpty() && !tiers.isEmpty()) {
                notChecked(ModelProbe.topic(new ArrayList<>(new LinkedHashSet<>(tiers))), missing);
            }
            for (List<ModelTier> modelTiers : models.values()) {
                notChecked(ModelProbe.topic(modelTiers), missing);
            }
            if (settings.map(BedrockSettings::hasGuardrail).orElse(config.get(BedrockSettings.GUARDRAIL_ID).isPresent())) {
                notChecked(GUARDRAIL, missing);
            } else {
                noGuardrail();
            }
            return;
        }
        try (BedrockClients open = clients) {
            if (credentials.isPresent()) {
                identity(open.identity());
            } else {
                report.accept(Diagnostic.ok(IDENTITY, "not looked up: only a Bedrock API key is set, and STS takes IAM"
                        + " credentials; the model lines below show what the key may call"));
            }
            BedrockSettings s = settings.get();
            ModelProbe probe = new ModelProbe(open.sync(), s.region(), s.profileFallback(), report);
            models.forEach(probe::check);
            if (s.hasGuardrail()) {
                GuardrailCheck.Outcome outcome = GuardrailCheck.run(open.sync(), s.guardrailId(), s.guardrailVersion());
                report.accept(outcome.usable() ? Diagnostic.ok(GUARDRAIL, outcome.message())
                        : Diagnostic.fail(GUARDRAIL, outcome.message()));
            } else {
                noGuardrail();
            }
        }
    }

    private void notChecked(String topic, String missing) {
        report.accept(Diagnostic.fail(topic, "not checked: it needs " + missing + "."));
    }

    private void noGuardrail() {
        report.accept(Diagnostic.ok(GUARDRAIL, "none configured (set " + BedrockSettings.GUARDRAIL_ID
                + " to have a Bedrock Guardrail check every story; StoryWeave's own checks and review run either way)"));
    }

    /** The region the provider would use, where it comes from, and what is ignored. */
    private Optional<String> region() {
        sources.ignoredDefaultRegion().ifPresent(value -> report.accept(Diagnostic.warn("region", "AWS_DEFAULT_REGION="
                + value + " is ignored by the AWS SDK for Java; set AWS_REGION instead.")));
        Optional<AwsSources.RegionSetting> aws = sources.region();
        Optional<String> override = config.get(BedrockSettings.REGION);
        String overrideOrigin = BedrockSettings.REGION + " / " + PluginConfig.environmentName(BedrockSettings.REGION);
        if (override.isPresent()) {
            if (aws.isPresent() && !aws.get().region().equals(override.get())) {
                report.accept(Diagnostic.warn("region", "Bedrock uses " + override.get() + " (from " + overrideOrigin
                        + "), not " + aws.get().region() + " (from " + aws.get().origin() + ")."));
            } else {
                report.accept(Diagnostic.ok("region", override.get() + " (from " + overrideOrigin + ")"));
            }
            return override;
        }
        if (aws.isEmpty()) {
            report.accept(Diagnostic.fail("region", "no AWS region: set AWS_REGION (e.g. AWS_REGION=us-east-1) or"
                    + " 'region' in ~/.aws/config for profile '" + sources.profileName() + "'."));
            return Optional.empty();
        }
        report.accept(Diagnostic.ok("region", aws.get().region() + " (from " + aws.get().origin() + ")"));
        return Optional.of(aws.get().region());
    }

    private Optional<BedrockSettings> settings(String region) {
        try {
            return Optional.of(BedrockSettings.builder().region(region).build(config));
        } catch (StoryWeaveException e) {
            report.accept(Diagnostic.fail("settings", "the Bedrock settings do not work: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Map<String, List<ModelTier>> byModel(BedrockSettings settings, List<ModelTier> tiers) {
        Map<String, List<ModelTier>> byModel = new LinkedHashMap<>();
        for (ModelTier tier : new LinkedHashSet<>(tiers)) {
            byModel.computeIfAbsent(settings.modelId(tier), k -> new ArrayList<>()).add(tier);
        }
        return byModel;
    }

    /**
     * The endpoint variables of the configuration's environment, which the AWS SDK reads only from
     * the process's own, and a call timeout short enough for a check.
     */
    private BedrockSettings withEndpointsFromEnvironment(BedrockSettings settings) {
        BedrockSettings.Builder b = settings.toBuilder();
        if (settings.endpoint() == null) {
            endpoint("AWS_ENDPOINT_URL_BEDROCK_RUNTIME").ifPresent(b::endpoint);
        }
        if (settings.stsEndpoint() == null) {
            endpoint("AWS_ENDPOINT_URL_STS").ifPresent(b::stsEndpoint);
        }
        if (settings.timeout().compareTo(LONGEST_CALL) > 0) {
            b.timeout(LONGEST_CALL);
        }
        return b.build(config);
    }

    private Optional<URI> endpoint(String variable) {
        return sources.environment(variable).or(() -> sources.environment("AWS_ENDPOINT_URL")).map(URI::create);
    }

    private void identity(CallerIdentity identity) {
        try {
            GetCallerIdentityResponse who = identity.lookUp();
            report.accept(Diagnostic.ok(IDENTITY, "account " + who.account() + ", ARN " + who.arn() + ", user id "
                    + who.userId()));
        } catch (AwsServiceException e) {
            String code = ModelProbe.code(e);
            report.accept(Diagnostic.fail(IDENTITY, "STS GetCallerIdentity refused these credentials: " + code + ": "
                    + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
                    + identityHint(code)));
        } catch (RuntimeException e) {
            report.accept(Diagnostic.fail(IDENTITY, "could not reach STS: " + e.getMessage()));
        }
    }

    private static String identityHint(String code) {
        return switch (code) {
            case "InvalidClientTokenId" -> " (the access key id is unknown or deactivated; create a new key or fix"
                    + " AWS_ACCESS_KEY_ID).";
            case "SignatureDoesNotMatch" -> " (the secret access key does not belong to this key id).";
            case "ExpiredToken", "ExpiredTokenException" -> " (the session has expired; sign in again, e.g. 'aws sso"
                    + " login').";
            default -> "";
        };
    }
}
