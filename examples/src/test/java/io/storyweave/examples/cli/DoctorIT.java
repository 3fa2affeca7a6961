package io.storyweave.examples.cli;

import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.bedrock.BedrockAnswers;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyweave doctor} on a healthy and on a broken set-up, run as a user runs it. */
class DoctorIT {
    private static BedrockStandIn aws;
    private static DynaliteServer dynamo;

    @BeforeAll
    static void start() {
        aws = BedrockStandIn.create().start();
        dynamo = DynaliteServer.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
        dynamo.stop();
    }

    @BeforeEach
    void healthy() {
        aws.reset();
    }

    private static Map<String, String> envWithPrefix(String prefix) {
        Map<String, String> env = CliRun.awsEnv(aws, dynamo.endpoint().toString());
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", prefix);
        return env;
    }

    /** The report's output with its column padding folded to single spaces. */
    private static String columns(CliRun run) {
        return run.stdout().replaceAll(" {2,}", " ");
    }

    /** Bedrock's answer, word for word, for a Claude 4.x model id called without an inference profile. */
    private static void needsProfile(String modelId) {
        aws.failModel(modelId, 400, "ValidationException", "Invocation of model ID " + modelId + " with on-demand"
                + " throughput isn't supported. Retry your request with the ID or ARN of an inference profile that"
                + " contains this model.");
    }

    private static String uniquePrefix() {
        return "doc" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    @Test
    void healthySetUpReportsSourceIdentityRegionModelsAndTablesAndExitsZero() {
        Map<String, String> env = envWithPrefix(uniquePrefix());
        assertThat(CliRun.run(env, "tables", "create").exitCode()).isZero();
        aws.reset();

        CliRun run = CliRun.run(env, "doctor");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(columns(run))
                .contains("[ OK ] credentials from environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,"
                        + " access key id ****W4XN (temporary, with a session token)")
                .contains("account " + BedrockAnswers.ACCOUNT).contains("ARN " + BedrockAnswers.ARN).contains("user id AIDAUSERSAMI1234")
                .contains("us-east-1 (from AWS_REGION)")
                .contains("[ OK ] model cheap " + BedrockAnswers.HAIKU_35 + " answers")
                .contains("[ OK ] model medium+quality " + BedrockAnswers.SONNET_35 + " answers")
                .contains("[ OK ] model expensive " + BedrockAnswers.OPUS_3 + " answers")
                .contains("[ OK ] table profiles").contains("[ OK ] table stories").contains("[ OK ] table cache")
                // dynalite has no UpdateTimeToLive, so TTL stays off: a warning line of its own
                .contains("[WARN] table cache time to live is DISABLED, so DynamoDB never deletes expired cached stories")
                .contains("[ OK ] dynamodb answers at")
                .contains("Everything checked is usable.")
                .doesNotContain("[FAIL]").doesNotContain(BedrockStandIn.ACCESS_KEY_ID);
        assertThat(aws.modelRequestBodies()).as("one cheapest call per distinct model").hasSize(3)
                .allMatch(body -> body.contains("\"maxTokens\":1"));
    }

    @Test
    void brokenSetUpNamesTheMissingTableTheDeniedModelAndTheModelThatNeedsAProfileAndExitsOne() {
        String prefix = uniquePrefix();
        Map<String, String> env = envWithPrefix(prefix);
        assertThat(CliRun.run(env, "tables", "create").exitCode()).isZero();
        try (DynamoDbClient client = dynamo.newClient()) {
            client.deleteTable(r -> r.tableName(prefix + "StoryWeave-Cache"));
            client.createTable(r -> r.tableName(prefix + "storyweave_cache")
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        }
        env.put("STORYWEAVE_BEDROCK_MODEL_QUALITY", BedrockAnswers.SONNET_45);
        env.put("STORYWEAVE_BEDROCK_PROFILE_FALLBACK", "false");
        aws.failModel(BedrockAnswers.OPUS_3, 403, "AccessDeniedException",
                "You don't have access to the model with the specified model ID.");
        needsProfile(BedrockAnswers.SONNET_45);
        aws.failModel(BedrockAnswers.HAIKU_35, 404, "ResourceNotFoundException", "Model not found.");

        CliRun run = CliRun.run(env, "doctor");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(columns(run))
                .contains("[FAIL] model expensive " + BedrockAnswers.OPUS_3 + " access denied")
                .contains("[FAIL] model quality " + BedrockAnswers.SONNET_45 + " needs an inference profile")
                .contains("us." + BedrockAnswers.SONNET_45)
                .contains("[FAIL] model cheap " + BedrockAnswers.HAIKU_35 + " not found")
                .contains("[ OK ] model medium " + BedrockAnswers.SONNET_35 + " answers")
                .contains("[FAIL] table cache " + prefix + "StoryWeave-Cache is missing (similarly named: "
                        + prefix + "storyweave_cache")
                .contains("[ OK ] table profiles").contains("storyweave tables create")
                // The missing cache table's time to live cannot be checked: its own FAIL line, naming why.
                .contains("[FAIL] table cache time to live not checked: the cache table is missing")
                .contains("5 problems found");
        assertThat(run.stdout().lines().filter(l -> l.startsWith("[FAIL]"))).as(run.describe()).hasSize(5);
    }

    @Test
    void doctorWarnsWhenEnvironmentKeysHideTheProfileNamedInAwsProfile() throws Exception {
        Map<String, String> env = envWithPrefix(uniquePrefix());
        Path home = Files.createTempDirectory("aws-home");
        Files.createDirectories(home.resolve(".aws"));
        String profileSecret = "Zp8qLm3Rt6Yw9Ue2Io5Pa7Sd0Fg4Hj1KlXcVbNm";
        CliRun.SECRETS.add(profileSecret);
        Files.writeString(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = AKIAZ7DEVPROFILE5UJK\n"
                + "aws_secret_access_key = " + profileSecret + "\n");
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
        env.put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        env.put("AWS_PROFILE", "dev");

        CliRun both = CliRun.run(env, "doctor", "--store", "memory");

        assertThat(columns(both)).as(both.describe())
                .contains("[ OK ] credentials from environment variables").contains("****W4XN")
                .contains("[WARN] credentials several sources are set; the AWS SDK uses the first, environment variables")
                .contains("ignores named profile 'dev'")
                .contains("To use profile 'dev', unset AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN")
                .doesNotContain("table");

        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");
        CliRun profileOnly = CliRun.run(env, "doctor", "--store", "memory");

        assertThat(profileOnly.exitCode()).as(profileOnly.describe()).isZero();
        assertThat(columns(profileOnly)).contains("[ OK ] credentials from named profile 'dev', access key id ****5UJK")
                .doesNotContain("[WARN]");
    }

    @Test
    void withoutCredentialsTheWholeChecklistIsPrintedWithOneCredentialsFailAndItsFix() {
        Map<String, String> env = envWithPrefix(uniquePrefix());
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");

        CliRun run = CliRun.run(env, "doctor", "--tier", "cheap");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(columns(run)).contains("[FAIL] credentials no AWS credentials (set AWS_ACCESS_KEY_ID and"
                        + " AWS_SECRET_ACCESS_KEY").contains("AWS_BEARER_TOKEN_BEDROCK")
                .contains("[ OK ] region us-east-1 (from AWS_REGION)")
                .contains("[FAIL] identity not checked: it needs AWS credentials")
                .contains("[FAIL] model cheap not checked").contains("[ OK ] guardrail none configured")
                .contains("[FAIL] dynamodb no AWS credentials were found for DynamoDB")
                .contains("[FAIL] table profiles not checked").contains("problems found");
        assertThat(aws.allRequests()).as("nothing was sent without credentials").isZero();
    }

    @Test
    void aBedrockApiKeyIsShownMaskedAndUsedForTheModelCallsButNeverPrinted() {
        String apiKey = "ABSKQmVkcm9ja0FQSUtleS1kb2N0b3ItdGVzdC0wMTIzNDU2Nzg5YWJjZGVm";
        CliRun.SECRETS.add(apiKey);
        Map<String, String> env = envWithPrefix(uniquePrefix());
        env.put("AWS_BEARER_TOKEN_BEDROCK", apiKey);

        CliRun run = CliRun.run(env, "doctor", "--store", "memory", "--tier", "cheap", "--verbose");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(columns(run)).contains("[ OK ] credentials Bedrock API key from AWS_BEARER_TOKEN_BEDROCK, ****"
                + apiKey.substring(apiKey.length() - 4));
        assertThat(aws.server().getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().startsWith("/model/"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization"))
                        .isEqualTo("Bearer " + apiKey));
    }

    @Test
    void credentialsThatStsRefusesAreExplainedAndExitOne() {
        aws.rejectCredentials();

        CliRun run = CliRun.run(envWithPrefix(uniquePrefix()), "doctor", "--store", "memory", "--tier", "cheap");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(columns(run)).contains("[ OK ] credentials from environment variables")
                .contains("[FAIL] identity STS GetCallerIdentity refused these credentials: InvalidClientTokenId: The"
                        + " security token included in the request is invalid. (the access key id is unknown or"
                        + " deactivated");
    }

    @Test
    void aModelThatNeedsAProfileIsAWarningWhenTheFallbackProfileAnswers() {
        Map<String, String> env = envWithPrefix(uniquePrefix());
        env.put("STORYWEAVE_BEDROCK_MODEL_QUALITY", BedrockAnswers.SONNET_45);
        needsProfile(BedrockAnswers.SONNET_45);

        CliRun run = CliRun.run(env, "doctor", "--store", "memory", "--tier", "quality");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(columns(run)).contains("[WARN] model quality " + BedrockAnswers.SONNET_45 + " needs an inference profile"
                + " (no on-demand throughput); StoryWeave falls back to us." + BedrockAnswers.SONNET_45 + ", which answers")
                .contains("STORYWEAVE_BEDROCK_MODEL_QUALITY=us." + BedrockAnswers.SONNET_45);
        assertThat(aws.callsTo(BedrockAnswers.conversePath("us." + BedrockAnswers.SONNET_45))).isEqualTo(1);
    }
}
