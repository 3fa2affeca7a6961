package io.storyweave.examples.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line with slf4j's default level at TRACE (StoryWeave's, the AWS SDK's and Netty's
 * loggers), stack traces on, and realistic temporary credentials, through success and failure
 * paths. {@link CliRun} fails any run whose output contains the secret access key or the session
 * token. The AWS SDK's request signer and Netty's LoggingHandler print signed headers (the session
 * token) at DEBUG, so the command line holds exactly those at INFO ({@link Main#SIGNED_HEADER_LOGGERS});
 * this test fails if that stops working. Wire logging of the Apache HTTP client goes through
 * commons-logging, not slf4j, and is off unless a user turns it on.
 */
class NoSecretsInTraceLogsIT {
    private static FakeAws aws;

    @BeforeAll
    static void start() {
        aws = new FakeAws();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void healthy() {
        aws.reset();
    }

    private static Map<String, String> traceEnv() {
        Map<String, String> env = aws.env(null);
        env.put("JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace"
                + " -Dorg.slf4j.simpleLogger.log.io.storyweave=trace");
        return env;
    }

    private static void assertTraceWasOn(CliRun run) {
        assertThat(run.stderr()).as("the run logged at TRACE/DEBUG, so the check saw real logs: " + run.describe())
                .containsAnyOf("TRACE", "DEBUG");
    }

    @Test
    void aSuccessfulStoryLogsNoSecretAtTrace() {
        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "3", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertTraceWasOn(run);
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
        aws.failModel(FakeAws.SONNET, 403, "AccessDeniedException", "You don't have access to the model with the"
                + " specified model ID.");

        CliRun run = CliRun.run(traceEnv(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                "--pages", "2", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stderr()).contains("AccessDeniedException");
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
