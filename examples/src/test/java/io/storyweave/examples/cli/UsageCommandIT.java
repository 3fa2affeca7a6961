package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.testing.bedrock.BedrockAnswers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyweave usage} reads the spend ledger that earlier runs left in the DynamoDB store. */
class UsageCommandIT extends StandIns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CREATE = {"create", "--store", "dynamodb", "--neurotype", "adhd", "--age", "7",
        "--theme", "space", "--pages", "3", "--json"};

    private static Map<String, String> dynamoEnv() {
        Map<String, String> env = CliRun.awsEnv(aws, dynamo.endpoint().toString());
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", "usage-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        return env;
    }

    @Test
    void usageJsonSumsThePaidCallsAndTheCacheHitsOfEarlierRuns() throws Exception {
        Map<String, String> env = dynamoEnv();
        assertThat(CliRun.run(env, "tables", "create").exitCode()).isZero();
        CliRun paid = CliRun.run(env, CREATE);
        CliRun cached = CliRun.run(env, CREATE);
        assertThat(paid.exitCode()).as(paid.describe()).isZero();
        assertThat(JSON.readTree(cached.stdout().strip()).get("source").asText()).isEqualTo("STORE_CACHE");
        JsonNode story = JSON.readTree(paid.stdout().strip());

        CliRun run = CliRun.run(env, "usage", "--json");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode usage = JSON.readTree(run.stdout().strip());
        JsonNode total = usage.get("total");
        // The story call and the model review, which the Bedrock provider turns on by default.
        assertThat(total.get("modelCalls").asLong()).isEqualTo(2);
        assertThat(total.get("inputTokens").asLong()).isEqualTo(story.get("inputTokens").asLong());
        assertThat(total.get("outputTokens").asLong()).isEqualTo(story.get("outputTokens").asLong());
        assertThat(total.get("costUsd").decimalValue()).isEqualByComparingTo(story.get("estimatedCostUsd").decimalValue());
        assertThat(total.get("cacheHits").asLong()).isEqualTo(1);
        assertThat(total.get("savedUsd").decimalValue()).isEqualByComparingTo(story.get("estimatedCostUsd").decimalValue());
        assertThat(usage.get("byPurpose").get("story").get("modelCalls").asLong()).isEqualTo(1);
        assertThat(usage.get("byPurpose").get("review").get("modelCalls").asLong()).isEqualTo(1);
        assertThat(usage.get("byPurpose").get("story").get("cacheHits").asLong())
                .as("a cache hit counts as the story call it saved").isEqualTo(1);
        assertThat(usage.get("byPurpose")).hasSize(2);
        assertThat(usage.get("byTier").get("medium").get("cacheHits").asLong()).isEqualTo(1);
        assertThat(usage.get("byModel").has(BedrockAnswers.SONNET_35)).isTrue();
        assertThat(usage.get("byProfile").has("-")).isTrue();
        assertThat(usage.get("byDay")).hasSize(1);
        assertThat(usage.get("lines")).hasSize(3);
        assertThat(usage.get("lines")).filteredOn(l -> l.get("cacheHit").asBoolean()).singleElement()
                .satisfies(hit -> assertThat(hit.get("purpose").asText()).isEqualTo("story"))
                .satisfies(hit -> assertThat(hit.get("calls").asLong()).isEqualTo(1));
        assertThat(aws.modelCalls()).as("usage itself calls no model").isEqualTo(1);

        CliRun other = CliRun.run(env, "usage", "--profile", "nobody", "--json");
        assertThat(JSON.readTree(other.stdout().strip()).get("total").get("modelCalls").asLong()).isZero();
        CliRun text = CliRun.run(env, "usage");
        assertThat(text.stdout()).contains("total: 2 model calls").contains("1 cache hit saving $")
                .contains("by model:").contains(BedrockAnswers.SONNET_35)
                .containsPattern("(?m)^  story  1 model call, .*, 0 cache hits saving \\$0\\.0000$")
                .containsPattern("(?m)^  story \\(cache hit\\)  0 model calls, .*, 1 cache hit saving \\$0\\.0[0-9]+$")
                .containsPattern("(?m)^  review  1 model call, ");
    }

    @Test
    void aSinceThatIsNotADayIsBadUsageAndNothingIsRead() {
        CliRun run = CliRun.run(dynamoEnv(), "usage", "--since", "last week");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--since").contains("last week").contains("YYYY-MM-DD");
    }
}
