package io.storyweave.examples.cli;

import io.storyweave.testing.bedrock.BedrockStandIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code java -jar target/storyweave.jar ...} as a user would, in a clean environment: only
 * PATH, a fresh HOME and the variables a test gives reach the process, so no AWS setting of the
 * machine running the tests leaks in. Every run checks that no secret appears in its output.
 *
 * @param exitCode the process's exit code
 * @param stdout   standard output
 * @param stderr   standard error
 * @param elapsed  wall-clock time of the whole process
 */
record CliRun(int exitCode, String stdout, String stderr, Duration elapsed) {
    /** Values that must never be printed, whatever happens. */
    static final List<String> SECRETS = new ArrayList<>(List.of(BedrockStandIn.SECRET_ACCESS_KEY,
            BedrockStandIn.SESSION_TOKEN));

    /**
     * @param aws              the Bedrock and STS stand-in
     * @param dynamoDbEndpoint where DynamoDB is, or {@code null}
     * @return the environment a user would set: credentials, region, endpoints, nothing else
     */
    static Map<String, String> awsEnv(BedrockStandIn aws, String dynamoDbEndpoint) {
        Map<String, String> env = new LinkedHashMap<>(aws.environment());
        if (dynamoDbEndpoint != null) {
            env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint);
        }
        return env;
    }

    /** The built command-line jar. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("storyweave.cli.jar", "target/storyweave.jar"));
        assertThat(jar).as("run 'mvn package' first: the end-to-end tests run the jar").exists();
        return jar;
    }

    /**
     * @param env  environment variables (the only ones besides PATH and HOME)
     * @param args the command line after {@code storyweave}
     * @return what happened
     */
    static CliRun run(Map<String, String> env, String... args) {
        return launch(env, List.of("-jar", jar().toString()), args);
    }

    /**
     * Runs an example program from the jar: {@code java -cp storyweave.jar CLASS}.
     *
     * @param env       environment variables
     * @param mainClass the program
     * @return what happened
     */
    static CliRun runClass(Map<String, String> env, String mainClass) {
        return launch(env, List.of("-cp", jar().toString(), mainClass));
    }

    private static CliRun launch(Map<String, String> env, List<String> target, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(target);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        try {
            environment.put("HOME", Files.createTempDirectory("storyweave-home").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        environment.putAll(env);
        long started = System.nanoTime();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 90 s");
            }
            CliRun run = new CliRun(process.exitValue(), out.get(), err.get(), Duration.ofNanos(System.nanoTime() - started));
            run.assertNoSecrets();
            return run;
        } catch (Exception e) {
            throw new IllegalStateException("could not run " + command, e);
        }
    }

    static Map<String, String> env(Object... pairs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put((String) pairs[i], (String) pairs[i + 1]);
        }
        return env;
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Fails when the secret access key or session token given to the process appears in its output. */
    void assertNoSecrets() {
        for (String secret : SECRETS) {
            assertThat(stdout).as("stdout").doesNotContain(secret);
            assertThat(stderr).as("stderr").doesNotContain(secret);
        }
    }

    /** @return the non-blank lines of standard error */
    List<String> errorLines() {
        return stderr.lines().filter(l -> !l.isBlank()).toList();
    }

    /** @return a description for assertion messages */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
}
