package io.storyweave.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelResponse;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.OPUS_3;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.STORY_TOOL;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseText;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseTool;
import static io.storyweave.testing.bedrock.BedrockAnswers.ok;
import static io.storyweave.testing.bedrock.BedrockAnswers.storyJson;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnswerHandlingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private ModelResponse answer(String body) {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(wire(ok(body))));
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            return provider.generate(request(provider, ModelTier.MEDIUM, 1));
        }
    }

    private ModelProviderException failure(String body) {
        return catchThrowableOfType(ModelProviderException.class, () -> answer(body));
    }

    @Test
    void toolInputIsReturnedAsFaithfulJsonWithUsageModelAndStopReason() throws Exception {
        String input = "{\"title\":\"Q \\\"quoted\\\" \\\\ back\\nline \\u00e9 \\u2603\",\"pages\":[{\"text\":\"a\"}],"
                + "\"n\":3,\"big\":12345678901234567890,\"f\":-1.5e-3,\"yes\":true,\"no\":false,\"none\":null,"
                + "\"nested\":{\"list\":[1,[2,{\"k\":[]}],{}]}}";
        ModelResponse response = answer(converseTool(STORY_TOOL, input, "tool_use", 812, 164).bodyText());

        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(input));
        assertThat(response.outputJson()).contains("12345678901234567890");
        assertThat(response.usage()).isEqualTo(new TokenUsage(812, 164));
        assertThat(response.modelId()).isEqualTo(SONNET_35);
        assertThat(response.stopReason()).isEqualTo("tool_use");
        assertThat(response.requestId()).isEqualTo("req-ok");
    }

    @Test
    void jsonTextAnswerIsAcceptedEvenInsideAFence() throws Exception {
        ModelResponse response = answer(converseText("Here it is:\n```json\n" + storyJson(2) + "\n```", "end_turn", 10, 20).bodyText());
        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(storyJson(2)));
        assertThat(response.stopReason()).isEqualTo("end_turn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop_sequence", "model_context_window_exceeded", "something_new_2027"})
    void unknownOrUnusualStopReasonsKeepAnAnswerThatParses(String stopReason) throws Exception {
        ModelResponse response = answer(converseTool(STORY_TOOL, storyJson(1), stopReason, 5, 6).bodyText());
        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(storyJson(1)));
        assertThat(response.stopReason()).isEqualTo(stopReason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guardrail_intervened", "content_filtered"})
    void guardrailOrContentFilterIsContentBlockedAndNotRetryable(String stopReason) {
        ModelProviderException e = failure(converseText("Sorry, the model cannot answer this.", stopReason, 10, 20).bodyText());
        assertThat(e.kind()).isEqualTo(Kind.CONTENT_BLOCKED);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains(stopReason);
        assertThat(bedrock.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void maxTokensIsRetriedOnceWithADoubledBudgetAndUsageIsSummed() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).inScenario("budget").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(wire(converseTool(STORY_TOOL, "{\"title\":\"cut\",\"pages\":[]}", "max_tokens", 800, 1000)))
                .willSetStateTo("bigger"));
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).inScenario("budget").whenScenarioStateIs("bigger")
                .willReturn(wire(converseTool(STORY_TOOL, storyJson(1), "tool_use", 800, 1200))));
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            ModelResponse response = provider.generate(request(provider, ModelTier.MEDIUM, 1));
            assertThat(response.usage()).isEqualTo(new TokenUsage(1600, 2200));
            assertThat(response.stopReason()).isEqualTo("tool_use");
            assertThat(response.outputJson()).contains("Red Sun");
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("1000"))));
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("2000"))));
    }

    @Test
    void maxTokensTwiceIsAnOutputLimitErrorAfterExactlyTwoCalls() {
        ModelProviderException e = failure(converseTool(STORY_TOOL, "{\"title\":\"cut\"}", "max_tokens", 10, 1000).bodyText());
        assertThat(e.kind()).isEqualTo(Kind.OUTPUT_LIMIT);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("1000").contains("2000").contains("fewer pages");
        assertThat(bedrock.server().getAllServeEvents()).hasSize(2);
    }

    @Test
    void budgetRetryNeverAsksForMoreThanTheModelAllows() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(OPUS_3)))
                .willReturn(wire(converseTool(STORY_TOOL, "{\"title\":\"cut\"}", "max_tokens", 10, 4000))));
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            catchThrowableOfType(ModelProviderException.class, () -> provider.generate(
                    request(provider, ModelTier.EXPENSIVE, 1).withMaxTokens(3000)));
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(OPUS_3)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("4096"))));
    }

    @Test
    void answerWithoutAnyContentIsHandedToTheCoreAsEmptyOutput() {
        ModelResponse response = answer("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[]}},"
                + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":0,\"totalTokens\":1}}");
        assertThat(response.outputJson()).isEmpty();
    }
}
