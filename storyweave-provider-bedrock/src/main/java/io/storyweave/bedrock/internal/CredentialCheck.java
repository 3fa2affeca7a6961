package io.storyweave.bedrock.internal;

import io.storyweave.Diagnostic;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds which source gives the credentials, as the AWS SDK's default chain would, and reports it:
 * the source and the masked access key id, sources that are set but give nothing (with the SSO
 * sign-in hint), and sources or a named profile that the one in use shadows; a Bedrock API key
 * ({@code AWS_BEARER_TOKEN_BEDROCK}) masked, which is enough on its own. Never a secret.
 */
public final class CredentialCheck {
    /** The topic of its lines. */
    public static final String TOPIC = "credentials";

    private final AwsSources sources;
    private final Consumer<Diagnostic> report;

    /**
     * @param sources what the environment configures
     * @param report  receives the lines
     */
    public CredentialCheck(AwsSources sources, Consumer<Diagnostic> report) {
        this.sources = sources;
        this.report = report;
    }

    /** @return the IAM credentials in use, or empty (after a FAIL line unless a Bedrock API key is set) when there are none */
    public Optional<AwsCredentialsProvider> run() {
        Optional<String> apiKey = sources.bearerToken();
        apiKey.ifPresent(key -> report.accept(Diagnostic.ok(TOPIC, "Bedrock API key from " + sources.bearerTokenOrigin()
                + ", " + Secrets.maskAccessKeyId(key) + ": Bedrock Runtime calls carry it as a bearer token instead of"
                + " a SigV4 signature")));
        List<AwsSources.Source> configured = sources.credentialSources();
        if (configured.isEmpty()) {
            if (apiKey.isEmpty()) {
                report.accept(Diagnostic.fail(TOPIC, sources.credentialHint() + "."));
            }
            return Optional.empty();
        }
        AwsSources.Source inUse = null;
        AwsCredentials credentials = null;
        for (AwsSources.Source source : configured) {
            try {
                AwsCredentials resolved = providerFor(source).resolveCredentials();
                if (inUse == null) {
                    inUse = source;
                    credentials = resolved;
                    report.accept(Diagnostic.ok(TOPIC, "from " + source.describe() + ", access key id "
                            + Secrets.maskAccessKeyId(resolved.accessKeyId())
                            + (resolved instanceof AwsSessionCredentials ? " (temporary, with a session token)" : "")));
                }
            } catch (RuntimeException e) {
                report.accept(Diagnostic.warn(TOPIC, source.describe() + " is set but gives no credentials: "
                        + Secrets.redact(e.getMessage()) + (source.kind() == AwsSources.SourceKind.SSO
                        ? " Run 'aws sso login --profile " + sources.profileName() + "'." : "")));
            }
        }
        if (inUse == null) {
            report.accept(Diagnostic.fail(TOPIC, "none of the configured sources gave credentials (see above)."));
            return Optional.empty();
        }
        warnAboutOtherSources(configured, inUse);
        return Optional.of(StaticCredentialsProvider.create(credentials));
    }

    private void warnAboutOtherSources(List<AwsSources.Source> configured, AwsSources.Source inUse) {
        if (configured.size() > 1) {
            List<String> others = configured.stream().filter(s -> !s.equals(inUse)).map(AwsSources.Source::describe).toList();
            String hint = inUse.kind() == AwsSources.SourceKind.ENVIRONMENT && sources.profileNamedExplicitly()
                    ? " To use profile '" + sources.profileName() + "', unset AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"
                      + " and AWS_SESSION_TOKEN." : "";
            report.accept(Diagnostic.warn(TOPIC, "several sources are set; the AWS SDK uses the first, "
                    + inUse.describe() + ", and ignores " + String.join(" and ", others) + "." + hint));
        } else if (sources.profileNamedExplicitly() && !inUse.isProfile()) {
            report.accept(Diagnostic.warn(TOPIC, "AWS_PROFILE names '" + sources.profileName()
                    + "', but no such profile with credentials exists; the SDK uses " + inUse.describe() + "."));
        }
    }

    private AwsCredentialsProvider providerFor(AwsSources.Source source) {
        return switch (source.kind()) {
            case SYSTEM_PROPERTIES -> SystemPropertyCredentialsProvider.create();
            case ENVIRONMENT -> StaticCredentialsProvider.create(fromEnvironment());
            case WEB_IDENTITY -> WebIdentityTokenFileCredentialsProvider.create();
            case PROFILE, SSO -> {
                var builder = ProfileCredentialsProvider.builder().profileName(sources.profileName());
                sources.profileFile().ifPresent(builder::profileFile);
                yield builder.build();
            }
            case CONTAINER -> ContainerCredentialsProvider.builder().build();
            case INSTANCE_ROLE -> InstanceProfileCredentialsProvider.builder().build();
        };
    }

    /** The configuration's environment, which may be a StoryWeave builder's map the AWS SDK cannot see. */
    private AwsCredentials fromEnvironment() {
        String id = sources.environment("AWS_ACCESS_KEY_ID").orElseThrow();
        String secret = sources.environment("AWS_SECRET_ACCESS_KEY").orElseThrow();
        Optional<String> token = sources.environment("AWS_SESSION_TOKEN");
        return token.<AwsCredentials>map(t -> AwsSessionCredentials.create(id, secret, t))
                .orElseGet(() -> AwsBasicCredentials.create(id, secret));
    }
}
