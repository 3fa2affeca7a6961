package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyweave guardrail create}, and {@code doctor} and {@code create} with a guardrail, against Bedrock's wire format. */
class GuardrailIT {
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

    @Test
    void createProvisionsTheRecommendedGuardrailAndPrintsItsIdAndVersion() throws Exception {
        aws.acceptGuardrailCreation();

        CliRun run = CliRun.run(CliRun.awsEnv(aws, null), "guardrail", "create");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("id gr7kids01, version 1")
                .contains("STORYWEAVE_BEDROCK_GUARDRAIL_ID=gr7kids01").contains("STORYWEAVE_BEDROCK_GUARDRAIL_VERSION=1");
        JsonNode request = new ObjectMapper().readTree(aws.firstBody("/guardrails"));
        assertThat(request.get("name").asText()).isEqualTo("storyweave-child-safety");
        assertThat(request.at("/contentPolicyConfig/filtersConfig").toString())
                .contains("SEXUAL", "VIOLENCE", "MISCONDUCT", "PROMPT_ATTACK");
        assertThat(request.at("/topicPolicyConfig/topicsConfig").toString())
                .contains("Weapons", "Self-harm", "Grooming and secrecy", "Threats to the reader",
                        "Dangerous acts to copy");
        assertThat(request.at("/sensitiveInformationPolicyConfig/piiEntitiesConfig").toString())
                .contains("EMAIL", "PHONE", "ADDRESS", "URL");
        assertThat(request.at("/wordPolicyConfig/managedWordListsConfig/0/type").asText()).isEqualTo("PROFANITY");
    }

    @Test
    void createWithJsonPrintsOneObject() throws Exception {
        aws.acceptGuardrailCreation();

        CliRun run = CliRun.run(CliRun.awsEnv(aws, null), "guardrail", "create", "--name", "kids-2026", "--json");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.stdout());
        assertThat(out.get("id").asText()).isEqualTo("gr7kids01");
        assertThat(out.get("version").asText()).isEqualTo("1");
    }

    @Test
    void anInvalidNameIsBadUsageAndSendsNothing() {
        CliRun run = CliRun.run(CliRun.awsEnv(aws, null), "guardrail", "create", "--name", "not a valid name!");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stderr()).contains("--name");
        assertThat(aws.allRequests()).isZero();
    }

    @Test
    void doctorSaysWhetherTheConfiguredGuardrailExists() {
        Map<String, String> env = CliRun.awsEnv(aws, null);
        env.put("STORYWEAVE_BEDROCK_GUARDRAIL_ID", "gr7kids01");
        env.put("STORYWEAVE_BEDROCK_GUARDRAIL_VERSION", "1");
        aws.guardrail("gr7kids01", "1");

        CliRun ok = CliRun.run(env, "doctor");
        assertThat(ok.stdout()).as(ok.describe()).containsPattern("\\[ OK \\] guardrail +guardrail gr7kids01 version 1 answers");

        env.put("STORYWEAVE_BEDROCK_GUARDRAIL_ID", "gr7missing");
        CliRun missing = CliRun.run(env, "doctor");
        assertThat(missing.stdout()).as(missing.describe()).containsPattern("\\[FAIL\\] guardrail +guardrail gr7missing"
                + " version 1 does not exist").contains("storyweave guardrail create");
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_FAILURE);
    }

    @Test
    void createAppliesTheGuardrailToTheFinishedStory() {
        Map<String, String> env = CliRun.awsEnv(aws, null);
        env.put("STORYWEAVE_BEDROCK_GUARDRAIL_ID", "gr7kids01");
        env.put("STORYWEAVE_BEDROCK_GUARDRAIL_VERSION", "1");
        aws.guardrail("gr7kids01", "1");

        CliRun run = CliRun.run(env, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2",
                "--name", "Mia");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(aws.firstBody("/guardrail/gr7kids01/version/1/apply")).contains("OUTPUT").contains("[HERO] can see")
                .doesNotContain("Mia");
    }
}
