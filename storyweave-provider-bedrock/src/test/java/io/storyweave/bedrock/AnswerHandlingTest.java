package io.storyweave.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.storyweave.bedrock.BedrockWire.SONNET_35;
import static io.storyweave.bedrock.BedrockWire.converse;
import static io.storyweave.bedrock.BedrockWire.ok;
import static io.storyweave.bedrock.BedrockWire.request;
import static io.storyweave.bedrock.BedrockWire.story;
import static io.storyweave.bedrock.BedrockWire.toolAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnswerHandlingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private ModelResponse answer(String body) {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).willReturn(ok(body)));
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).build()) {
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
        ModelResponse response = answer(toolAnswer(input, "tool_use", 812, 164));

        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(input));
        assertThat(response.outputJson()).contains("12345678901234567890");
        assertThat(response.usage()).isEqualTo(new TokenUsage(812, 164));
        assertThat(response.modelId()).isEqualTo(SONNET_35);
        assertThat(response.stopReason()).isEqualTo("tool_use");
        assertThat(response.requestId()).isEqualTo("req-ok");
    }

    @Test
    void jsonTextAnswerIsAcceptedEvenInsideAFence() throws Exception {
        ModelResponse response = answer(BedrockWire.textAnswer("Here it is:\n```json\n" + story(2) + "\n```", "end_turn"));
        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(story(2)));
        assertThat(response.stopReason()).isEqualTo("end_turn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop_sequence", "model_context_window_exceeded", "something_new_2027"})
    void unknownOrUnusualStopReasonsKeepAnAnswerThatParses(String stopReason) throws Exception {
        ModelResponse response = answer(toolAnswer(story(1), stopReason, 5, 6));
        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(story(1)));
        assertThat(response.stopReason()).isEqualTo(stopReason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guardrail_intervened", "content_filtered"})
    void guardrailOrContentFilterIsContentBlockedAndNotRetryable(String stopReason) {
        ModelProviderException e = failure(BedrockWire.textAnswer("Sorry, the model cannot answer this.", stopReason));
        assertThat(e.kind()).isEqualTo(Kind.CONTENT_BLOCKED);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains(stopReason);
        assertThat(wire.getAllServeEvents()).hasSize(1);
    }

    @Test
    void maxTokensIsRetriedOnceWithADoubledBudgetAndUsageIsSummed() {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).inScenario("budget").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(toolAnswer("{\"title\":\"cut\",\"pages\":[]}", "max_tokens", 800, 1000)))
                .willSetStateTo("bigger"));
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).inScenario("budget").whenScenarioStateIs("bigger")
                .willReturn(ok(toolAnswer(story(1), "tool_use", 800, 1200))));
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).build()) {
            ModelResponse response = provider.generate(request(provider, ModelTier.MEDIUM, 1));
            assertThat(response.usage()).isEqualTo(new TokenUsage(1600, 2200));
            assertThat(response.stopReason()).isEqualTo("tool_use");
            assertThat(response.outputJson()).contains("Red Sun");
        }
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("1000"))));
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("2000"))));
    }

    @Test
    void maxTokensTwiceIsAnOutputLimitErrorAfterExactlyTwoCalls() {
        ModelProviderException e = failure(toolAnswer("{\"title\":\"cut\"}", "max_tokens", 10, 1000));
        assertThat(e.kind()).isEqualTo(Kind.OUTPUT_LIMIT);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("1000").contains("2000").contains("fewer pages");
        assertThat(wire.getAllServeEvents()).hasSize(2);
    }

    @Test
    void budgetRetryNeverAsksForMoreThanTheModelAllows() {
        wire.stubFor(post(urlPathEqualTo(converse(BedrockWire.OPUS_3)))
                .willReturn(ok(toolAnswer("{\"title\":\"cut\"}", "max_tokens", 10, 4000))));
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).build()) {
            catchThrowableOfType(ModelProviderException.class, () -> provider.generate(
                    request(provider, ModelTier.EXPENSIVE, 1).withMaxTokens(3000)));
        }
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(BedrockWire.OPUS_3)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("4096"))));
    }

    @Test
    void answerWithoutAnyContentIsHandedToTheCoreAsEmptyOutput() {
        ModelResponse response = answer("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[]}},"
                + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":0,\"totalTokens\":1}}");
        assertThat(response.outputJson()).isEmpty();
    }
}
