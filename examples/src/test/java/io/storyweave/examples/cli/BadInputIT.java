package io.storyweave.examples.cli;

import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input exits 2 with one clear line and sends nothing; no configuration at all fails fast. */
class BadInputIT {
    private static BedrockStandIn aws;

    @BeforeAll
    static void start() {
        aws = BedrockStandIn.create().start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                Arguments.of("--age", new String[] {"create", "--neurotype", "adhd", "--age", "40", "--theme", "space"},
                        "3 and 12"),
                Arguments.of("--age", new String[] {"create", "--neurotype", "adhd", "--age", "seven", "--theme", "space"},
                        "not an int"),
                Arguments.of("--neurotype", new String[] {"create", "--neurotype", "martian", "--age", "7", "--theme", "x"},
                        "Allowed: neurotypical, adhd, autism, dyslexia, anxiety"),
                Arguments.of("--tier", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                    "--tier", "premium"}, "Allowed: cheap, medium, quality, expensive"),
                Arguments.of("--pages", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                    "--pages", "0"}, "1 and 20"),
                Arguments.of("--theme", new String[] {"create", "--neurotype", "adhd", "--age", "7"}, "--theme"),
                Arguments.of("--store", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                    "--store", "s3"}, "Allowed: memory, dynamodb"),
                Arguments.of("--interests", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                    "--interests", "a,b,c,d,e,f,g,h,i"}, "at most 8"),
                Arguments.of("--interests", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme",
                    "space", "--interests", "rockets, ,planets"}, "item 2 must be"),
                Arguments.of("--avoid", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme",
                    "space", "--avoid", " ,dogs"}, "item 1 must be"),
                Arguments.of("--table-prefix", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme",
                    "space", "--store", "dynamodb", "--table-prefix", "my prefix!"}, "a-z A-Z 0-9 _ . -"),
                Arguments.of("--table-prefix", new String[] {"tables", "create", "--table-prefix", "prod/"},
                        "a-z A-Z 0-9 _ . -"),
                Arguments.of("--wings", new String[] {"create", "--wings"}, "Unknown option"),
                Arguments.of("--name", new String[] {"profiles", "create", "--age", "7"}, "--name"),
                Arguments.of("--profile", new String[] {"create", "--profile", "p1", "--age", "7", "--theme", "space"},
                        "drop --neurotype, --age"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badCommands")
    void badInputExitsTwoWithOneLineNamingTheValueAndSendsNothing(String option, String[] args, String allowed) {
        aws.reset();

        CliRun run = CliRun.run(CliRun.awsEnv(aws, "http://127.0.0.1:9"), args);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        assertThat(run.errorLines().get(0)).startsWith("storyweave: ").contains(option).contains(allowed);
        assertThat(aws.allRequests()).as("nothing reached Bedrock or STS").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.storyweave.examples.cli.TerminalSafetyTest#hostileOptions")
    void aHostileOptionValueReachesTheTerminalOnlyAsVisibleEscapes(String option, String[] args) {
        aws.reset();

        Map<String, String> env = CliRun.awsEnv(aws, "http://127.0.0.1:9");
        // A UTF-8 locale, as on a user's machine, so the JVM reads the C1 control and bidi override as such.
        env.put("LC_ALL", "C.UTF-8");
        CliRun run = CliRun.run(env, args);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(TerminalSafetyTest.hasTerminalControls(run.stdout() + run.stderr())).as(run.describe()).isFalse();
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        assertThat(run.errorLines().get(0)).contains("\\u001B[2J").contains("\\u202E");
        assertThat(aws.allRequests()).isZero();
    }

    @Test
    void aBadTierInAwsBedrockModelTierIsBadInputToo() {
        aws.reset();
        Map<String, String> env = CliRun.awsEnv(aws, null);
        env.put("AWS_BEDROCK_MODEL_TIER", "gold");

        CliRun run = CliRun.run(env, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).hasSize(1).allMatch(l -> l.contains("AWS_BEDROCK_MODEL_TIER")
                && l.contains("'gold'") && l.contains("cheap, medium, quality, expensive"));
        assertThat(aws.allRequests()).isZero();
    }

    @Test
    void withNoAwsConfigurationCreateSaysWhatIsMissingInOneLineAndDoctorPrintsTheWholeChecklist() throws Exception {
        Path home = Files.createTempDirectory("empty-home");
        Map<String, String> nothing = CliRun.env("HOME", home.toString(), "AWS_EC2_METADATA_DISABLED", "true");

        CliRun create = CliRun.run(nothing, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space");

        assertThat(create.exitCode()).as(create.describe()).isEqualTo(1);
        assertThat(create.elapsed()).as("no wait for instance metadata").isLessThan(java.time.Duration.ofSeconds(3));
        assertThat(create.stdout()).isEmpty();
        assertThat(create.errorLines()).as(create.describe()).hasSize(1);
        assertThat(create.errorLines().get(0)).contains("AWS_ACCESS_KEY_ID").contains("AWS_SECRET_ACCESS_KEY")
                .contains("AWS_PROFILE").contains("AWS_BEARER_TOKEN_BEDROCK").contains("AWS_REGION")
                .contains("storyweave doctor");

        CliRun doctor = CliRun.run(nothing, "doctor");

        assertThat(doctor.exitCode()).as(doctor.describe()).isEqualTo(1);
        assertThat(doctor.stdout()).contains("[FAIL] credentials").contains("[FAIL] region").contains("AWS_REGION")
                .contains("[FAIL] identity").contains("[FAIL] model").contains("[FAIL] dynamodb")
                .contains("[FAIL] table cache").contains("problems found; see the [FAIL] lines.");
    }
}
