package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.testing.bedrock.BedrockAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyweave create}, {@code profiles}, {@code stories} and {@code tables} run as a user runs them. */
class CreateCommandIT extends StandIns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGES = 3;
    private static final String[] REQUEST = {"--neurotype", "adhd", "--age", "7", "--theme", "space",
        "--interests", "rockets,planets", "--pages", String.valueOf(PAGES), "--name", "Mia"};

    private static CliRun storyweave(Map<String, String> env, String... args) {
        return CliRun.run(env, args);
    }

    private static String[] create(String... extra) {
        String[] args = new String[1 + REQUEST.length + extra.length];
        args[0] = "create";
        System.arraycopy(REQUEST, 0, args, 1, REQUEST.length);
        System.arraycopy(extra, 0, args, 1 + REQUEST.length, extra.length);
        return args;
    }

    /** A fresh table prefix per test keeps the shared dynalite's tables apart. */
    private static Map<String, String> dynamoEnv() {
        Map<String, String> env = CliRun.awsEnv(aws, dynamo.endpoint().toString());
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        return env;
    }

    private static JsonNode json(String line) throws Exception {
        return JSON.readTree(line);
    }

    @Test
    void createWithTheMemoryStorePrintsTitlePagesAndFooter() {
        CliRun run = storyweave(CliRun.awsEnv(aws, null), create("--store", "memory"));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("Mia and the Red Sun")
                .contains("1. Mia can see a big red sun. Mia takes a deep breath. Can you see it too?")
                .contains("3. Mia can see a big red sun.")
                .contains("model " + BedrockAnswers.SONNET_35).contains("tier medium").contains("tokens 2312 in, 464 out")
                .contains("est. cost $").contains("source model").containsPattern("\\| \\d+\\.\\d\\d s");
        assertThat(run.stdout()).doesNotContain("[HERO]");
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.SONNET_35))).isEqualTo(1);
        assertThat(aws.reviewCalls()).as("the model review").isEqualTo(1);
        assertThat(run.stderr()).as("no progress line when stderr is not a terminal").isEmpty();
    }

    @Test
    void jsonPrintsOneObjectWithTheDocumentedFields() throws Exception {
        CliRun run = storyweave(CliRun.awsEnv(aws, null), create("--tier", "cheap", "--json"));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode story = json(lines.get(0));
        assertThat(story.get("id").asText()).isNotBlank();
        assertThat(story.get("title").asText()).isEqualTo("Mia and the Red Sun");
        assertThat(story.get("pages")).hasSize(PAGES);
        assertThat(story.get("pages").get(0).get("text").asText()).startsWith("Mia can see a big red sun.");
        assertThat(story.get("modelId").asText()).isEqualTo(BedrockAnswers.HAIKU_35);
        assertThat(story.get("tier").asText()).isEqualTo("cheap");
        assertThat(story.get("source").asText()).isEqualTo("MODEL");
        // The story (812 in) and the model review (1500 in), which the Bedrock provider turns on by default.
        assertThat(story.get("inputTokens").asLong()).isEqualTo(812 + 1500);
        assertThat(story.get("outputTokens").asLong()).isEqualTo(164 + 300);
        assertThat(story.get("estimatedCostUsd").isNumber()).isTrue();
        assertThat(story.get("estimatedCostUsd").decimalValue()).isPositive();
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.HAIKU_35))).isEqualTo(1);
    }

    @Test
    void tierFromAwsBedrockModelTierIsUsedLikeTheSdkDoes() throws Exception {
        Map<String, String> env = CliRun.awsEnv(aws, null);
        env.put("AWS_BEDROCK_MODEL_TIER", "expensive");

        CliRun run = storyweave(env, create("--json"));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(json(run.stdout().strip()).get("modelId").asText()).isEqualTo(BedrockAnswers.OPUS_3);
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.OPUS_3))).isEqualTo(1);
    }

    @Test
    void aSecondIdenticalCreateInTheSameProcessComesFromTheLocalCacheWithoutAModelCall() throws Exception {
        CliRun run = storyweave(CliRun.awsEnv(aws, null), create("--repeat", "2", "--json"));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).as("--json prints one value: an array of the repeats").hasSize(1);
        var stories = json(lines.get(0));
        assertThat(stories.size()).isEqualTo(2);
        assertThat(stories.get(0).get("source").asText()).isEqualTo("MODEL");
        assertThat(stories.get(1).get("source").asText()).isEqualTo("LOCAL_CACHE");
        assertThat(stories.get(1).get("title").asText()).isEqualTo("Mia and the Red Sun");
        assertThat(aws.modelCalls()).as("one model call for two identical stories").isEqualTo(1);
    }

    @Test
    void withTheMemoryStoreANewProcessPaysAgainBecauseTheCacheIsPerProcess() throws Exception {
        storyweave(CliRun.awsEnv(aws, null), create("--json"));
        CliRun second = storyweave(CliRun.awsEnv(aws, null), create("--json"));

        assertThat(json(second.stdout().strip()).get("source").asText()).isEqualTo("MODEL");
        assertThat(aws.modelCalls()).isEqualTo(2);
    }

    @Test
    void withDynamoDbANewProcessIsServedFromTheStoreCacheWithoutAModelCall() throws Exception {
        Map<String, String> env = dynamoEnv();
        CliRun tables = storyweave(env, "tables", "create");
        assertThat(tables.exitCode()).as(tables.describe()).isZero();

        CliRun first = storyweave(env, create("--store", "dynamodb", "--json"));
        CliRun second = storyweave(env, create("--store", "dynamodb", "--json"));

        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(second.exitCode()).as(second.describe()).isZero();
        assertThat(json(first.stdout().strip()).get("source").asText()).isEqualTo("MODEL");
        JsonNode cached = json(second.stdout().strip());
        assertThat(cached.get("source").asText()).isEqualTo("STORE_CACHE");
        assertThat(cached.get("pages").get(0).get("text").asText()).startsWith("Mia can see");
        assertThat(aws.modelCalls()).as("the second process made no model call").isEqualTo(1);
    }

    @Test
    void freshWritesANewStoryEvenWhenTheStoreCacheHasOne() throws Exception {
        Map<String, String> env = dynamoEnv();
        storyweave(env, "tables", "create");
        storyweave(env, create("--store", "dynamodb", "--json"));

        CliRun fresh = storyweave(env, create("--store", "dynamodb", "--json", "--fresh"));

        assertThat(json(fresh.stdout().strip()).get("source").asText()).isEqualTo("MODEL");
        assertThat(aws.modelCalls()).isEqualTo(2);
    }

    @Test
    void streamShowsProgressFromConverseStreamThenTheCheckedStoryAndTheFooter() {
        CliRun run = storyweave(CliRun.awsEnv(aws, null), create("--stream"));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("1. Mia can see a big red sun.").contains("2. Mia can see")
                .contains("3. Mia can see").contains("Mia and the Red Sun").contains("source model");
        assertThat(run.stdout().indexOf("Mia and the Red Sun")).isLessThan(run.stdout().indexOf("1. Mia"));
        assertThat(run.stderr()).contains("(writing page 2 of 3)").contains("(checking the story)")
                .doesNotContain("red sun");
        assertThat(aws.callsTo(BedrockAnswers.converseStreamPath(BedrockAnswers.SONNET_35))).isEqualTo(1);
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.SONNET_35))).isZero();
    }

    @Test
    void profilesStoriesAndTablesWorkAgainstDynamoDb() throws Exception {
        Map<String, String> env = dynamoEnv();
        CliRun missing = storyweave(env, "tables", "status");
        assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(1);
        assertThat(missing.stdout()).contains("MISSING").contains("tables create");
        assertThat(storyweave(env, "tables", "create").exitCode()).isZero();
        CliRun status = storyweave(env, "tables", "status");
        assertThat(status.exitCode()).as(status.describe()).isZero();
        assertThat(status.stdout()).contains("ACTIVE").doesNotContain("MISSING");

        CliRun created = storyweave(env, "profiles", "create", "--name", "Noor", "--age", "6", "--neurotype", "anxiety",
                "--interests", "cats,painting", "--json");
        assertThat(created.exitCode()).as(created.describe()).isZero();
        String id = json(created.stdout().strip()).get("id").asText();

        CliRun story = storyweave(env, "create", "--profile", id, "--theme", "a new school", "--pages", "3", "--json");
        assertThat(story.exitCode()).as(story.describe()).isZero();
        JsonNode written = json(story.stdout().strip());
        assertThat(written.get("pages").get(0).get("text").asText()).startsWith("Noor can see");
        assertThat(written.get("profileId").asText()).isEqualTo(id);

        CliRun library = storyweave(env, "stories", "list", "--profile", id);
        // The library comes from an index that real DynamoDB updates a moment after the write.
        for (int tries = 1; tries < 20 && !library.stdout().contains(written.get("id").asText()); tries++) {
            Thread.sleep(100);
            library = storyweave(env, "stories", "list", "--profile", id);
        }
        assertThat(library.exitCode()).as(library.describe()).isZero();
        assertThat(library.stdout()).contains(written.get("id").asText()).contains("Noor and the Red Sun");

        CliRun get = storyweave(env, "profiles", "get", id);
        assertThat(get.stdout()).contains("Noor, age 6, anxiety, likes cats, painting");
        assertThat(storyweave(env, "profiles", "list").stdout()).contains(id);

        assertThat(storyweave(env, "profiles", "delete", id).exitCode()).isZero();
        CliRun gone = storyweave(env, "profiles", "get", id);
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.errorLines()).hasSize(1).allMatch(l -> l.contains("No profile with id " + id));
    }

    @Test
    void aDeniedModelIsOneLineAndExitCodeOneWithTheStackTraceOnlyWhenVerbose() {
        aws.failModel(BedrockAnswers.SONNET_35, 403, "AccessDeniedException",
                "You don't have access to the model with the specified model ID.");

        CliRun run = storyweave(CliRun.awsEnv(aws, null), create());
        CliRun verbose = storyweave(CliRun.awsEnv(aws, null), create("--verbose"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        assertThat(run.errorLines().get(0)).startsWith("storyweave: ").containsIgnoringCase("access");
        assertThat(run.stderr()).doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.stderr()).contains("\tat ");
    }

    @Test
    void aHugeBedrockErrorWithTerminalEscapesIsOneCappedLineWithoutAnyControlKeepingBothEnds() {
        aws.failModel(BedrockAnswers.SONNET_35, 400, "ValidationException", "Malformed input request " + TerminalSafetyTest.HOSTILE
                + "x".repeat(300_000) + " end of the message");

        CliRun run = storyweave(CliRun.awsEnv(aws, null), create());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        String line = run.errorLines().get(0);
        assertThat(TerminalSafetyTest.hasTerminalControls(line)).isFalse();
        assertThat(line.length()).isLessThan(TerminalText.MAX_LINE + 100);
        assertThat(line).contains("ValidationException").contains("Malformed input request \\u001B[2J")
                .containsPattern(" … \\(\\d{6} characters not shown\\) … x+ end of the message");
    }

    @Test
    void aThrottledModelIsRetriedThenReportedInOneLine() {
        aws.failModel(BedrockAnswers.SONNET_35, 429, "ThrottlingException", "Too many requests, please wait before trying again.");

        CliRun run = storyweave(CliRun.awsEnv(aws, null), create());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(aws.modelCalls()).as("StoryWeave retried the throttled call").isGreaterThan(1);
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        assertThat(run.errorLines().get(0)).startsWith("storyweave: ").containsIgnoringCase("attempts");
    }

    @Test
    void aStoreOutageAfterTheStartIsExactlyOneErrorLineWithoutVerboseAndTheStoryIsStillShown() {
        try (DynamoDbOutage outage = new DynamoDbOutage(dynamo.endpoint())) {
            Map<String, String> env = dynamoEnv();
            env.put("AWS_ENDPOINT_URL_DYNAMODB", outage.endpoint());
            assertThat(storyweave(env, "tables", "create").exitCode()).isZero();
            outage.dropDataCalls();

            CliRun run = storyweave(env, create("--store", "dynamodb"));

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
            assertThat(run.stdout()).as(run.describe()).contains("1. Mia can see a big red sun.").contains("source model");
            assertThat(run.errorLines()).as(run.describe()).hasSize(1);
            assertThat(run.errorLines().get(0)).startsWith("storyweave: ").contains("could not be stored")
                    .endsWith("(--verbose shows details)");
        }
    }

    @Test
    void theDynamoDbStoreWithoutTablesSaysHowToCreateThemAndCallsNoModel() {
        CliRun run = storyweave(dynamoEnv(), create("--store", "dynamodb"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.errorLines()).as(run.describe()).hasSize(1);
        assertThat(run.errorLines().get(0)).contains("does not exist").contains("storyweave tables create");
        assertThat(aws.modelCalls()).isZero();
    }
}
