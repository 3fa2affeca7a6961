package io.storyweave;

import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.StoryCodec;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prompt caching from the core's side: usage keeps cache reads and writes apart, cost prices each
 * kind (the provider's cache prices, Bedrock's Claude ratios when a price names none, or the
 * user's override), stored stories keep them, and the prompt prefix a provider caches (system
 * prompt and tool schema) is the same bytes for every request of a purpose.
 */
class PromptCacheCostTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private StoryWeave sw;

    @AfterEach
    void close() {
        if (sw != null) {
            sw.close();
        }
    }

    @Test
    void usageSumsEveryKindOfTokenAndTheTwoNumberFormHasNoCacheTokens() {
        TokenUsage first = TokenUsage.withCache(100, 200, 3000, 0);
        TokenUsage second = TokenUsage.withCache(50, 20, 0, 2900);

        TokenUsage sum = first.plus(second).plus(TokenUsage.ZERO);

        assertThat(sum).isEqualTo(TokenUsage.withCache(150, 220, 3000, 2900));
        assertThat(sum.allInputTokens()).isEqualTo(150 + 3000 + 2900);
        assertThat(sum.totalTokens()).isEqualTo(150 + 220 + 3000 + 2900);
        assertThat(new TokenUsage(100, 200)).isEqualTo(TokenUsage.of(100, 200))
                .isEqualTo(TokenUsage.withCache(100, 200, 0, 0));
        assertThat(TokenUsage.ZERO.totalTokens()).isZero();
        assertThatThrownBy(() -> TokenUsage.withCache(1, 1, -1, 0)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("-1 read from the prompt cache");
    }

    @Test
    void aPriceWithoutCachePricesFollowsBedrocksClaudeRatiosAndOneWithThemUsesThem() {
        ModelPrice derived = ModelPrice.of("0.80", "4.00");
        ModelPrice explicit = ModelPrice.of("3.00", "15.00", "0.50", "4.00");

        assertThat(derived.cacheReadPerMillion()).isEqualByComparingTo("0.08");
        assertThat(derived.cacheWritePerMillion()).isEqualByComparingTo("1.00");
        assertThat(new ModelPrice(new BigDecimal("3"), new BigDecimal("15"))).isEqualTo(ModelPrice.of("3", "15"));
        // 1M each: input 0.80 + output 4.00 + read 0.08 + write 1.00
        assertThat(derived.cost(TokenUsage.withCache(1_000_000, 1_000_000, 1_000_000, 1_000_000)))
                .isEqualByComparingTo("5.88");
        // 100 in at 3, 200 out at 15, 3000 read at 0.50, 1000 written at 4.00, per million
        assertThat(explicit.cost(TokenUsage.withCache(100, 200, 3000, 1000))).isEqualByComparingTo("0.0088");
        assertThatThrownBy(() -> ModelPrice.of("3", "15", "-1", "4")).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("cache read -1");
        assertThatThrownBy(() -> ModelPrice.of("3", "15", "0.3", "lots")).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("the cache write price was \"lots\"");
    }

    @Test
    void aStorysCostPricesCacheReadsAndWritesAtTheCachePricesOfTheOverride() {
        model.usagePerCall(TokenUsage.withCache(100, 200, 3000, 1000));
        sw = StoryWeave.builder().provider(model).store("memory").tier(ModelTier.CHEAP)
                .price("test-model-cheap", ModelPrice.of("1.00", "10.00")).build();

        Story story = sw.createStory(Neurotype.ADHD, 7, "moon", List.of(), 1);

        assertThat(story.usage()).isEqualTo(TokenUsage.withCache(100, 200, 3000, 1000));
        // 100 in at $1/M + 200 out at $10/M + 3000 read at $0.10/M + 1000 written at $1.25/M
        assertThat(story.estimatedCostUsd()).isEqualByComparingTo("0.00365");
    }

    @Test
    void theReviewsCacheTokensAreAddedToTheStorysAndPricedWithItsModelsCachePrices() {
        model.reviewByDefault(true).usagePerCall(TokenUsage.withCache(100, 200, 3000, 0));
        sw = StoryWeave.builder().provider(model).store("memory").tier(ModelTier.MEDIUM)
                .price("test-model-medium", ModelPrice.of("3.00", "15.00", "0.30", "3.75"))
                .price("test-model-cheap", ModelPrice.of("0.80", "4.00", "0.08", "1.00")).build();

        Story story = sw.createStory(Neurotype.AUTISM, 6, "boats", List.of(), 2);

        assertThat(model.requests(CallPurpose.REVIEW)).hasSize(1);
        assertThat(story.usage()).isEqualTo(TokenUsage.withCache(200, 400, 6000, 0));
        BigDecimal storyCall = new BigDecimal("0.0003").add(new BigDecimal("0.003")).add(new BigDecimal("0.0009"));
        BigDecimal reviewCall = new BigDecimal("0.00008").add(new BigDecimal("0.0008")).add(new BigDecimal("0.00024"));
        assertThat(story.estimatedCostUsd()).isEqualByComparingTo(storyCall.add(reviewCall));
    }

    @Test
    void storedStoriesKeepTheirCacheTokensAndStoriesStoredBeforeThemReadAsNone() {
        model.usagePerCall(TokenUsage.withCache(100, 200, 3000, 1000));
        sw = StoryWeave.builder().provider(model).store("memory").build();
        Story story = sw.createStory(Neurotype.ADHD, 7, "moon", List.of(), 1);
        String json = StoryCodec.toJson(story);
        String older = json.replace(",\"cacheReadInputTokens\":3000,\"cacheWriteInputTokens\":1000", "");

        assertThat(json).contains("\"cacheReadInputTokens\":3000");
        assertThat(older).isNotEqualTo(json);
        assertThat(StoryCodec.storyFromJson(json).usage()).isEqualTo(story.usage());
        assertThat(StoryCodec.storyFromJson(older).usage()).isEqualTo(new TokenUsage(100, 200));
    }

    @Test
    void theSystemPromptAndToolSchemaAreTheSameBytesForEveryRequestOfAPurpose() {
        model.reviewByDefault(true)
                .thenAnswer("{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] saw a big collie. Can you see it?\"}]}")
                .thenValidStory();
        sw = StoryWeave.builder().provider(model).store("memory").build();

        sw.createStory(StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("the park").pages(1)
                .heroName("Mia").topicsToAvoid(List.of("dogs")).build());
        sw.createStory(StoryRequest.builder().neurotype(Neurotype.AUTISM).neurotype(Neurotype.ANXIETY).age(5)
                .theme("the seaside").interests(List.of("crabs")).pages(3).heroName("Noor")
                .heroPronouns(Pronouns.THEY).anxietyStyle(AnxietyStyle.COPING).build());
        sw.createStoryStreaming(StoryRequest.builder().neurotype(Neurotype.DYSLEXIA).age(10).theme("volcanoes")
                .pages(2).build(), (pageNumber, page) -> { });

        // First drafts and corrective rewrites ask for the same story shape, so they share one cached prefix.
        for (List<ModelRequest> requests : List.of(model.requests(CallPurpose.STORY, CallPurpose.CORRECTION),
                model.requests(CallPurpose.REVIEW))) {
            String shape = requests.get(0).purpose() + " requests";
            assertThat(requests).as(shape).hasSizeGreaterThanOrEqualTo(3);
            assertThat(requests).extracting(ModelRequest::systemPrompt).as(shape + ": system prompts")
                    .containsOnly(requests.get(0).systemPrompt());
            assertThat(requests).extracting(ModelRequest::outputSchema).as(shape + ": tool schemas")
                    .containsOnly(requests.get(0).outputSchema());
            assertThat(requests.get(0).systemPrompt()).doesNotContain("park", "seaside", "volcanoes", "dogs", "Mia", "Noor");
        }
        assertThat(model.requests(CallPurpose.STORY)).hasSize(3);
        assertThat(model.requests(CallPurpose.CORRECTION)).hasSize(1);
    }
}
