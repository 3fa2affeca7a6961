package io.storyweave.examples.cli;

import io.storyweave.testing.bedrock.BedrockAnswers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each example program runs from the jar, as the README says, against the stand-ins. */
class ExampleProgramsIT extends StandIns {

    private static CliRun example(String name, Map<String, String> env) {
        CliRun run = CliRun.runClass(env, "io.storyweave.examples." + name);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run;
    }

    @Test
    void quickStartWritesAStoryAndServesTheRepeatFromTheCache() {
        CliRun run = example("QuickStart", CliRun.awsEnv(aws, null));

        assertThat(run.stdout()).contains("Sam and the Red Sun").contains("1. Sam can see a big red sun.")
                .contains("Asked again: source LOCAL_CACHE");
        assertThat(aws.modelCalls()).isEqualTo(1);
    }

    @Test
    void switchTiersUsesTheCheapAndTheQualityModel() {
        CliRun run = example("SwitchTiers", CliRun.awsEnv(aws, null));

        assertThat(run.stdout()).contains("== CHEAP uses " + BedrockAnswers.HAIKU_35).contains("== QUALITY uses " + BedrockAnswers.SONNET_35);
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.HAIKU_35))).isEqualTo(1);
        assertThat(aws.callsTo(BedrockAnswers.conversePath(BedrockAnswers.SONNET_35))).isEqualTo(1);
    }

    @Test
    void claude4InferenceProfileCallsTheCrossRegionProfile() {
        CliRun run = example("Claude4InferenceProfile", CliRun.awsEnv(aws, null));

        assertThat(run.stdout()).contains("Quality tier calls us.anthropic.claude-");
        assertThat(aws.modelCalls()).isEqualTo(1);
    }

    @Test
    void streamingStoryPrintsPagesAsTheyArrive() {
        CliRun run = example("StreamingStory", CliRun.awsEnv(aws, null));

        assertThat(run.stdout()).contains("Page 1: Leo can see a big red sun.").contains("Page 3: Leo")
                .contains("Done: \"Leo and the Red Sun\"");
        assertThat(aws.callsTo(BedrockAnswers.converseStreamPath(BedrockAnswers.SONNET_35))).isEqualTo(1);
    }

    @Test
    void costAndMetricsRefusesTheStoryOverItsBudgetAndPrintsTheLedger() {
        CliRun run = example("CostAndMetrics", CliRun.awsEnv(aws, null));

        assertThat(run.stdout()).contains("Sam and the Red Sun").contains("Asked again: source LOCAL_CACHE")
                .contains("Refused (PER_STORY, limit $0.05)").contains("nothing was sent")
                .contains("Today: 2 model calls").contains("1 cache hits saved $0.0")
                .contains("by model:").contains(BedrockAnswers.SONNET_35 + ": 1 model calls")
                .contains("REVIEW: 1 model calls").containsPattern("STORY: 1 model calls, .*, 1 cache hits saved \\$0\\.0");
        assertThat(run.stdout()).as("the same run as metrics").contains("Metrics:")
                .containsPattern("storyweave\\.story .*storyweave\\.source=local_cache.* count=1")
                .containsPattern("storyweave\\.cache\\.lookups .*storyweave\\.cache\\.result=hit.* count=1")
                .containsPattern("storyweave\\.cost .*storyweave\\.purpose=review");
        assertThat(aws.modelCalls()).as("the refused story sent nothing").isEqualTo(1);
    }

    @Test
    void profilesAndLibraryThenDoctorRunAgainstDynamoDb() {
        Map<String, String> env = CliRun.awsEnv(aws, dynamo.endpoint().toString());
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", "ex" + UUID.randomUUID().toString().substring(0, 6) + "-");

        CliRun library = example("ProfilesAndLibrary", env);
        assertThat(library.stdout()).contains("Created profile").contains("Mia and the Red Sun")
                .contains("Mia's library:").contains("Deleted the profile");

        CliRun doctor = example("Doctor", env);
        assertThat(doctor.stdout()).contains("[ OK ] table cache").contains("Everything is usable.");
    }
}
