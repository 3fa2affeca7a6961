package io.storyweave.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.ModelPrice;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.RetryOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.TokenUsage;
import io.storyweave.internal.prompt.StorySchema;
import io.storyweave.spi.ModelHandle.Capability;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.bedrock.BedrockStandIn;
import io.storyweave.testing.bedrock.WireUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.storyweave.bedrock.BedrockFixtures.REVIEW_CATEGORIES;
import static io.storyweave.testing.bedrock.BedrockAnswers.HAIKU_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.STORY_TOOL;
import static io.storyweave.testing.bedrock.BedrockAnswers.cachePoints;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseTool;
import static io.storyweave.testing.bedrock.BedrockAnswers.review;
import static io.storyweave.testing.bedrock.BedrockAnswers.storyJson;
import static io.storyweave.testing.bedrock.BedrockAnswers.streamedTool;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prompt caching against Bedrock's wire format, through the real AWS SDK: a {@code cachePoint} after
 * the tool schema and after the system prompt when the model supports prompt caching and that
 * static prefix reaches the model's minimum (StoryWeave's review rubric on Claude 3.5 Haiku), none
 * when it is off, the model has no prompt caching, or the prefix is too short (a story's prompt);
 * cache reads and writes read from Converse's and ConverseStream's usage; the story's estimated
 * cost priced with the cache prices.
 */
class PromptCachingOnTheWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CACHE_POINT = json("{\"cachePoint\":{\"type\":\"default\"}}");
    /** Static text far longer than any model's minimum (about 5,700 tokens by any estimate). */
    private static final String LONG_SYSTEM_PROMPT = "You write calm stories for children. ".repeat(550);
    private static final StoryRequest PARK = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7)
            .theme("the park").pages(2).heroName("Mia").topicsToAvoid(List.of("dogs")).build();
    private static final StoryRequest SEASIDE = StoryRequest.builder().neurotype(Neurotype.AUTISM).age(5)
            .theme("the seaside").interests(List.of("crabs")).pages(3).build();

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private static SdkAsyncHttpClient sharedHttp;

    @BeforeAll
    static void startHttp() {
        sharedHttp = NettyNioAsyncHttpClient.builder().build();
    }

    @AfterAll
    static void stopHttp() {
        sharedHttp.close();
    }

    private static StoryWeave client(BedrockModelProvider provider) {
        // No review(...) setting: the Bedrock provider turns the review on by default, with the CHEAP tier.
        return StoryWeave.builder().provider(provider).store("memory").tier(ModelTier.MEDIUM).environment(Map.of())
                .retry(RetryOptions.builder().maxAttempts(1).build()).build();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<JsonNode> bodies(boolean reviews) {
        List<JsonNode> out = new ArrayList<>();
        for (String body : bedrock.modelRequestBodies()) {
            JsonNode node = json(body);
            if (node.at("/toolConfig/toolChoice/tool/name").asText().equals("review_story") == reviews) {
                out.add(node);
            }
        }
        return out;
    }

    private static ModelRequest longPrefixCall(ModelProvider provider, ModelTier tier) {
        return new ModelRequest(LONG_SYSTEM_PROMPT, "Write a story about space.", provider.model(tier), 1000,
                StorySchema.SCHEMA, 2);
    }

    @Test
    void theReviewRubricOnClaude35HaikuIsMarkedAfterItsToolSchemaAndAfterItsSystemPrompt() {
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build(); StoryWeave sw = client(provider)) {
            assertThat(sw.reviewTier()).contains(ModelTier.CHEAP);
            assertThat(provider.model(ModelTier.CHEAP).supports(Capability.PROMPT_CACHING)).isTrue();
            // The story's model, Claude 3.5 Sonnet v2, had prompt caching only as a preview: its calls carry none.
            assertThat(provider.model(ModelTier.MEDIUM).supports(Capability.PROMPT_CACHING)).isFalse();
            sw.createStory(PARK);
        }

        JsonNode reviewCall = bodies(true).get(0);
        assertThat(reviewCall.get("system")).hasSize(2);
        assertThat(reviewCall.at("/system/0/text").asText()).contains("Categories:");
        assertThat(reviewCall.at("/system/1")).isEqualTo(CACHE_POINT);
        assertThat(reviewCall.at("/toolConfig/tools")).hasSize(2);
        assertThat(reviewCall.at("/toolConfig/tools/0/toolSpec/name").asText()).isEqualTo("review_story");
        assertThat(reviewCall.at("/toolConfig/tools/1")).isEqualTo(CACHE_POINT);
        assertThat(cachePoints(reviewCall.toString())).as("the draft and the child's data are never cached").isEqualTo(2);
        assertThat(cachePoints(bodies(false).get(0).toString())).isZero();
    }

    @Test
    void aStorysPromptIsTooShortToCacheEvenOnAModelThatCaches() {
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).tierModel(ModelTier.MEDIUM, HAIKU_35)
                .build(); StoryWeave sw = client(provider)) {
            sw.createStory(PARK);
        }

        JsonNode storyCall = bodies(false).get(0);
        assertThat(bedrock.modelRequestBodies()).hasSize(2);
        assertThat(storyCall.at("/toolConfig/tools/0/toolSpec/name").asText()).isEqualTo(STORY_TOOL);
        assertThat(storyCall.get("system")).hasSize(1);
        assertThat(cachePoints(storyCall.toString())).isZero();
        assertThat(cachePoints(bodies(true).get(0).toString())).isEqualTo(2);
    }

    @Test
    void aModelWithoutPromptCachingNeverGetsACachePointHoweverLongThePrefix() {
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            provider.generate(longPrefixCall(provider, ModelTier.EXPENSIVE));   // Claude 3 Opus
            provider.generate(longPrefixCall(provider, ModelTier.MEDIUM));      // Claude 3.5 Sonnet v2
            provider.generate(longPrefixCall(provider, ModelTier.CHEAP));       // Claude 3.5 Haiku

            assertThat(provider.model(ModelTier.EXPENSIVE).supports(Capability.PROMPT_CACHING)).isFalse();
        }

        List<String> sent = bedrock.modelRequestBodies();
        assertThat(cachePoints(sent.get(0))).isZero();
        assertThat(cachePoints(sent.get(1))).isZero();
        assertThat(cachePoints(sent.get(2))).isEqualTo(2);
    }

    @Test
    void aRubricShorterThanTheModelsMinimumIsNotMarked() {
        // Claude 4.5 models cache from 4,096 tokens; the review's rubric is about 3,200.
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).preset(BedrockPreset.CLAUDE_4).build();
             StoryWeave sw = client(provider)) {
            assertThat(provider.model(ModelTier.CHEAP).supports(Capability.PROMPT_CACHING)).isTrue();
            sw.createStory(PARK);
            provider.generate(longPrefixCall(provider, ModelTier.CHEAP));
        }

        assertThat(bedrock.modelRequestBodies()).hasSize(3);
        assertThat(cachePoints(bodies(true).get(0).toString())).isZero();
        assertThat(cachePoints(bodies(false).get(0).toString())).isZero();
        assertThat(cachePoints(bodies(false).get(1).toString())).as("a prefix past 4,096 tokens is marked").isEqualTo(2);
    }

    @Test
    void promptCachingOffSendsNoCachePointWhetherSetOnTheBuilderAsAPropertyOrInTheEnvironment() {
        UnaryOperator<String> none = k -> null;
        List<BedrockModelProvider.Builder> off = List.of(
                BedrockFixtures.provider(bedrock.url()).promptCaching(false),
                BedrockFixtures.provider(bedrock.url()).configuration(
                        new PluginConfig(Map.of(BedrockSettings.PROMPT_CACHING, "false"), none, none)),
                BedrockFixtures.provider(bedrock.url()).configuration(
                        new PluginConfig(Map.of(), Map.of("STORYWEAVE_BEDROCK_PROMPT_CACHING", "false")::get, none)));
        for (BedrockModelProvider.Builder builder : off) {
            try (BedrockModelProvider provider = builder.build()) {
                assertThat(provider.settings().promptCaching()).isFalse();
                assertThat(provider.model(ModelTier.CHEAP).supports(Capability.PROMPT_CACHING)).isFalse();
                provider.generate(longPrefixCall(provider, ModelTier.CHEAP));
            }
        }

        assertThat(bedrock.modelRequestBodies()).hasSize(3).allSatisfy(body -> assertThat(cachePoints(body)).isZero());
    }

    @Test
    void theCachedPrefixIsTheSameInEveryRequestAndNothingAboutTheChildIsInIt() {
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build(); StoryWeave sw = client(provider)) {
            sw.createStory(PARK);
            sw.createStory(SEASIDE);
        }

        for (boolean reviews : new boolean[] {true, false}) {
            List<JsonNode> calls = bodies(reviews);
            assertThat(calls).hasSize(2);
            assertThat(calls.get(1).get("system")).isEqualTo(calls.get(0).get("system"));
            assertThat(calls.get(1).get("toolConfig")).isEqualTo(calls.get(0).get("toolConfig"));
            String prefix = calls.get(0).get("system").toString() + calls.get(0).get("toolConfig");
            assertThat(prefix).doesNotContain("park", "seaside", "crabs", "dogs", "Mia");
            assertThat(calls.get(1).get("messages")).isNotEqualTo(calls.get(0).get("messages"));
        }
    }

    @Test
    void cacheReadsAndWritesOfTheReviewAreAddedToTheStoryAndPricedAtHaikusCachePrices() {
        bedrock.nextReviews(review(REVIEW_CATEGORIES, WireUsage.of(400, 300).cacheWrite(3100)),
                review(REVIEW_CATEGORIES, WireUsage.of(420, 310).cacheRead(3100)));
        Story first;
        Story second;
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build(); StoryWeave sw = client(provider)) {
            first = sw.createStory(PARK);
            second = sw.createStory(SEASIDE);
        }

        // The story on Sonnet 3.5 v2: 812 in at $3/M + 164 out at $15/M = $0.004896.
        BigDecimal storyCall = new BigDecimal("0.004896");
        assertThat(first.usage()).isEqualTo(TokenUsage.withCache(812 + 400, 164 + 300, 0, 3100));
        // The review on Haiku 3.5: 400 in at $0.80/M + 300 out at $4/M + 3,100 written at $1.00/M.
        assertThat(first.estimatedCostUsd()).isEqualByComparingTo(storyCall.add(new BigDecimal("0.00462")));
        assertThat(second.usage()).isEqualTo(TokenUsage.withCache(812 + 420, 164 + 310, 3100, 0));
        // 420 in at $0.80/M + 310 out at $4/M + 3,100 read at $0.08/M.
        assertThat(second.estimatedCostUsd()).isEqualByComparingTo(storyCall.add(new BigDecimal("0.001824")));
        assertThat(second.estimatedCostUsd()).isLessThan(first.estimatedCostUsd());
    }

    @Test
    void withBedrocksPromptCacheTheFirstReviewWritesTheRubricAndTheNextReadsItForLess() {
        bedrock.promptCache(3100);
        Story first;
        Story second;
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build(); StoryWeave sw = client(provider)) {
            first = sw.createStory(PARK);
            second = sw.createStory(SEASIDE);
        }

        assertThat(first.usage()).isEqualTo(TokenUsage.withCache(812 + 1500, 164 + 300, 0, 3100));
        assertThat(second.usage()).isEqualTo(TokenUsage.withCache(812 + 1500, 164 + 300, 3100, 0));
        // Story: 812 in at $3/M + 164 out at $15/M. Review: 1,500 in at $0.80/M + 300 out at $4/M, and 3,100
        // written at $1.00/M the first time, read at $0.08/M the second.
        BigDecimal withoutCache = new BigDecimal("0.004896").add(new BigDecimal("0.0024"));
        assertThat(first.estimatedCostUsd()).isEqualByComparingTo(withoutCache.add(new BigDecimal("0.0031")));
        assertThat(second.estimatedCostUsd()).isEqualByComparingTo(withoutCache.add(new BigDecimal("0.000248")));
    }

    @Test
    void aPriceOverrideWithoutCachePricesPricesCacheTokensAtBedrocksClaudeRatios() {
        bedrock.nextReviews(review(REVIEW_CATEGORIES, WireUsage.of(0, 0).cacheRead(10_000).cacheWrite(1_000)));
        Story story;
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build();
             StoryWeave sw = StoryWeave.builder().provider(provider).store("memory").environment(Map.of())
                     .price(SONNET_35, ModelPrice.of("0", "0")).price(HAIKU_35, ModelPrice.of("2.00", "8.00")).build()) {
            story = sw.createStory(PARK);
        }

        // 10,000 read at 0.1 x $2/M + 1,000 written at 1.25 x $2/M
        assertThat(story.estimatedCostUsd()).isEqualByComparingTo("0.0045");
    }

    @Test
    void cacheUsageIsReadFromAConverseAnswerAndFromAStreamsMetadataEvent() {
        bedrock.nextStories(converseTool(STORY_TOOL, storyJson(2), "tool_use", WireUsage.of(700, 300).cacheRead(5700)),
                streamedTool(STORY_TOOL, storyJson(2), "tool_use", WireUsage.of(690, 310).cacheWrite(5700)));
        ModelResponse sync;
        ModelResponse streamed;
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).asyncHttpClient(sharedHttp).build()) {
            sync = provider.generate(longPrefixCall(provider, ModelTier.CHEAP));
            streamed = provider.generateStreaming(longPrefixCall(provider, ModelTier.CHEAP), fragment -> { });
        }

        assertThat(sync.usage()).isEqualTo(TokenUsage.withCache(700, 300, 5700, 0));
        assertThat(streamed.usage()).isEqualTo(TokenUsage.withCache(690, 310, 0, 5700));
        assertThat(streamed.usage().totalTokens()).isEqualTo(690 + 310 + 5700);
        List<String> sent = bedrock.modelRequestBodies();
        assertThat(sent).hasSize(2);
        assertThat(json(sent.get(1)).at("/system/1")).as("the ConverseStream request is marked too").isEqualTo(CACHE_POINT);
        assertThat(json(sent.get(1)).at("/toolConfig/tools/1")).isEqualTo(CACHE_POINT);
    }

    @Test
    void listPricesCarryBedrocksCachePrices() {
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            ModelPrice haiku = provider.model(ModelTier.CHEAP).price();
            ModelPrice sonnet = provider.model(ModelTier.MEDIUM).price();

            assertThat(haiku.cacheReadPerMillion()).isEqualByComparingTo("0.08");
            assertThat(haiku.cacheWritePerMillion()).isEqualByComparingTo("1.00");
            assertThat(sonnet.cacheReadPerMillion()).isEqualByComparingTo("0.30");
            assertThat(sonnet.cacheWritePerMillion()).isEqualByComparingTo("3.75");
        }
    }
}
