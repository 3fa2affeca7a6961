package io.storyweave.examples.cli;

import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.bedrock.RecommendedGuardrail;
import io.storyweave.spi.PluginConfig;
import picocli.CommandLine.Command;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import picocli.CommandLine.Option;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code storyweave guardrail create}: provisions the child-safety Bedrock Guardrail StoryWeave recommends. */
@Command(name = "guardrail", description = "Provision the recommended child-safety Bedrock Guardrail.",
        subcommands = {GuardrailCommand.Create.class})
public final class GuardrailCommand implements Callable<Integer> {
    /** @param ctx the command-line context (unused; subcommands do the work) */
    public GuardrailCommand(CliContext ctx) {
        // picocli creates every command through the same factory
    }

    @Override
    public Integer call() {
        throw new UsageException("guardrail needs a subcommand: create.");
    }

    /** {@code guardrail create}: CreateGuardrail and CreateGuardrailVersion, then the two settings to use. */
    @Command(name = "create", description = "Create the recommended guardrail (content filters, denied topics, personal"
            + " information and word filters) and a numbered version; prints its id and version.")
    static final class Create implements Callable<Integer> {
        private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z_-]{1,50}");
        private final CliContext ctx;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = RecommendedGuardrail.DEFAULT_NAME,
                description = "The guardrail's name, 1 to 50 of a-z A-Z 0-9 _ - (default: ${DEFAULT-VALUE}).")
        String name;

        Create(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (!NAME.matcher(name).matches()) {
                throw new UsageException("Invalid value for --name: " + name + "; use 1 to 50 of a-z A-Z 0-9 _ -.");
            }
            String region = PluginConfig.of(java.util.Map.of()).get(BedrockSettings.REGION).orElseGet(GuardrailCommand::awsRegion);
            // The control plane honours AWS_ENDPOINT_URL_BEDROCK itself; the SDK must not retry a create.
            try (BedrockClient bedrock = BedrockClient.builder().region(Region.of(region))
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
                RecommendedGuardrail.Created created = RecommendedGuardrail.create(bedrock, name);
                if (ctx.json()) {
                    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
                    out.put("id", created.id());
                    out.put("arn", created.arn());
                    out.put("version", created.version());
                    out.put("region", region);
                    StoryPrinter.printJson(ctx.out(), out);
                } else {
                    ctx.out().println("Created guardrail " + name + " in " + region + ": id " + created.id() + ", version "
                            + created.version() + " (" + created.arn() + ").");
                    ctx.out().println("Use it with:");
                    ctx.out().println("  " + PluginConfig.environmentName(BedrockSettings.GUARDRAIL_ID) + "=" + created.id());
                    ctx.out().println("  " + PluginConfig.environmentName(BedrockSettings.GUARDRAIL_VERSION) + "="
                            + created.version());
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** The region the AWS SDK would use, or one line saying how to set it. */
    private static String awsRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkClientException e) {
            throw new MissingConfigurationException("no AWS region: set AWS_REGION (e.g. AWS_REGION=us-east-1), 'region'"
                    + " in ~/.aws/config, or " + PluginConfig.environmentName(BedrockSettings.REGION) + ".");
        }
    }
}
