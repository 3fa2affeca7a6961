package io.storyweave.examples.cli;

import io.storyweave.testing.bedrock.BedrockAnswers;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line with slf4j's default level at TRACE (StoryWeave's, the AWS SDK's, Netty's
 * and the Apache HTTP client's loggers, all through slf4j), TRACE asked for by name on every
 * logger that can print credentials, stack traces on, and realistic temporary credentials, through
 * success and failure paths, the signature failure that quotes the session token included.
 * {@link CliRun} fails any run whose output contains the secret access key or the session token,
 * and every run here also checks that no logger in {@link LoggingSetup#CREDENTIAL_LOGGERS} printed
 * below INFO, so the pins are proven on their own and not only by the redaction of the output.
 */
class NoSecretsInTraceLogsIT {
    private static BedrockStandIn aws;

    @BeforeAll
    static void start() {
        aws = BedrockStandIn.create().start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void healthy() {
        aws.reset();
    }

    private static final Pattern LOG_LINE = Pattern.compile("^(TRACE|DEBUG) (\\S+) - ", Pattern.MULTILINE);

    private static Map<String, String> traceEnv() {
        Map<String, String> env = CliRun.awsEnv(aws, null);
        StringBuilder options = new StringBuilder("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace"
                + " -Dorg.slf4j.simpleLogger.log.io.storyweave=trace -Dorg.slf4j.simpleLogger.showShortLogName=false"
                + " -Dorg.slf4j.simpleLogger.showLogName=true");
        for (String logger : LoggingSetup.CREDENTIAL_LOGGERS) {
            options.append(" -Dorg.slf4j.simpleLogger.log.").append(logger).append("=trace");
        }
        env.put("JAVA_TOOL_OPTIONS", options.toString());
        return env;
    }

    /** The run logged at TRACE/DEBUG (so the secret check saw real logs), but no credentials logger did. */
    private static void assertTraceWasOn(CliRun run) {
        List<String> debugLoggers = LOG_LINE.matcher(run.stderr()).results().map(m -> m.group(2)).distinct().toList();
        assertThat(debugLoggers).as(run.describe()).isNotEmpty();
        assertThat(debugLoggers).as("loggers that printed below INFO")
                .noneMatch(name -> LoggingSetup.CREDENTIAL_LOGGERS.stream()
                        .anyMatch(pinned -> name.equals(pinned) || name.startsWith(pinned + ".")));
    }

    @Test
    void aSuccessfulStoryLogsNoSecretAtTrace() {
        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "3", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertTraceWasOn(run);
    }

    @Test
    void aStoryWrittenWithABedrockApiKeyLogsNoKeyAtTrace() {
        String apiKey = "ABSKQmVkcm9ja0FQSUtleS10cmFjZS10ZXN0LWtleS05ODc2NTQzMjEwZmVkY2Jh";
        CliRun.SECRETS.add(apiKey);
        Map<String, String> env = traceEnv();
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");
        env.put("AWS_BEARER_TOKEN_BEDROCK", apiKey);

        CliRun run = CliRun.run(env, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "2", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertTraceWasOn(run);
        assertThat(aws.server().getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().startsWith("/model/"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization"))
                        .isEqualTo("Bearer " + apiKey));
    }

    @Test
    void aStreamedStoryLogsNoSecretAtTrace() {
        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "autism", "--age", "9", "--theme", "trains",
                "--pages", "2", "--stream", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertTraceWasOn(run);
    }

    @Test
    void anAccessDeniedFailureWithItsStackTraceAndIdentityLookupShowsNoSecret() {
        aws.failModel(BedrockAnswers.SONNET_35, 403, "AccessDeniedException", "You don't have access to the model with the"
                + " specified model ID.");

        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "2", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stderr()).contains("AccessDeniedException");
        assertTraceWasOn(run);
    }

    @Test
    void aSignatureErrorQuotingTheCanonicalRequestShowsNoSecretAtTrace() {
        aws.failModel(BedrockAnswers.SONNET_35, 403, "InvalidSignatureException", BedrockStandIn.signatureMismatch(BedrockAnswers.SONNET_35));

        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "2", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stderr()).as(run.describe()).contains("InvalidSignatureException").contains("signature");
        assertTraceWasOn(run);
    }

    @Test
    void aStreamedSignatureErrorShowsNoSecretAtTrace() {
        aws.failModel(BedrockAnswers.SONNET_35, 403, "InvalidSignatureException", BedrockStandIn.signatureMismatch(BedrockAnswers.SONNET_35));

        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "2", "--stream", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stderr()).as(run.describe()).contains("InvalidSignatureException");
        assertTraceWasOn(run);
    }

    @Test
    void doctorWithASignatureErrorShowsNoSecretAtTrace() {
        aws.failModel(BedrockAnswers.HAIKU_35, 403, "InvalidSignatureException", BedrockStandIn.signatureMismatch(BedrockAnswers.HAIKU_35));

        CliRun run = CliRun.run(traceEnv(), "doctor", "--tier", "cheap", "--store", "memory", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stdout()).as(run.describe()).contains("InvalidSignatureException");
        assertTraceWasOn(run);
    }

    @Test
    void doctorWithRejectedCredentialsShowsNoSecret() {
        aws.rejectCredentials();

        CliRun run = CliRun.run(traceEnv(), "doctor", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertTraceWasOn(run);
    }
}
