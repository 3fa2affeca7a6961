package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.storyweave.ModelCallException;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.ThrottledException;
import io.storyweave.TokenUsage;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.STORY_TOOL;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseText;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseTool;
import static io.storyweave.testing.bedrock.BedrockAnswers.error;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockAnswers.throttled;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The provider inside a real StoryWeave client: the core's retry, corrective regeneration and exceptions. */
class CoreRetryTest {
    private static final int MAX_ATTEMPTS = 4;

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private static StoryRequest storyRequest() {
        return StoryRequest.of(Neurotype.ADHD, 6, "space", List.of("rockets"), 3);
    }

    /** Answers in order, then keeps giving the last answer. */
    private void answersInOrder(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "step" + i;
            bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).inScenario("sequence").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(i == answers.length - 1 ? state : "step" + (i + 1)));
        }
    }

    private <T> T withStoryWeave(BedrockModelProvider.Builder builder, java.util.function.Function<StoryWeave, T> use) {
        try (BedrockModelProvider provider = builder.build(); StoryWeave sw = BedrockFixtures.storyWeave(provider, MAX_ATTEMPTS)) {
            return use.apply(sw);
        }
    }

    private Story storyAfter(ResponseDefinitionBuilder... answers) {
        answersInOrder(answers);
        return withStoryWeave(BedrockFixtures.provider(bedrock.url()), sw -> sw.createStory(storyRequest()));
    }

    private <E extends Throwable> E failure(Class<E> type, ResponseDefinitionBuilder... answers) {
        answersInOrder(answers);
        return withStoryWeave(BedrockFixtures.provider(bedrock.url()),
                sw -> catchThrowableOfType(type, () -> sw.createStory(storyRequest())));
    }

    private int modelCalls() {
        return bedrock.server().findAll(postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))).size();
    }

    @Test
    void throttlingIsRetriedByTheCoreUntilTheStoryArrives() {
        ResponseDefinitionBuilder throttled = wire(error(429, "ThrottlingException", "Too many requests, please wait before trying again."));
        Story story = storyAfter(throttled, throttled, wire(story(3)));
        assertThat(story.pages()).hasSize(3);
        assertThat(story.modelId()).isEqualTo(SONNET_35);
        assertThat(story.usage()).isEqualTo(new TokenUsage(812, 164));
        assertThat(modelCalls()).isEqualTo(3);
    }

    @Test
    void throttlingThroughEveryAttemptEndsInOneThrottledExceptionWithAttemptsCodeAndRequestId() {
        ThrottledException e = failure(ThrottledException.class,
                wire(error(429, "ThrottlingException", "Too many requests, please wait before trying again.")));
        assertThat(e.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(e.errorCode()).isEqualTo("ThrottlingException");
        assertThat(e.requestId()).isEqualTo("req-ThrottlingException");
        assertThat(e.getMessage()).contains("after 4 attempts").contains("ThrottlingException");
        assertThat(modelCalls()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void validationErrorIsNotRetried() {
        ModelCallException e = failure(ModelCallException.class,
                wire(error(400, "ValidationException", "Malformed input request, please reformat your input and try again.")));
        assertThat(e).isNotInstanceOf(ThrottledException.class);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.errorCode()).isEqualTo("ValidationException");
        assertThat(modelCalls()).isEqualTo(1);
    }

    @Test
    void connectionResetThenSuccessIsRetried() {
        Story story = storyAfter(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), wire(story(3)));
        assertThat(story.pages()).hasSize(3);
        assertThat(modelCalls()).isEqualTo(2);
    }

    @Test
    void readTimeoutThenSuccessIsRetried() {
        answersInOrder(wire(story(3)).withFixedDelay(1500), wire(story(3)));
        Story story = withStoryWeave(BedrockFixtures.provider(bedrock.url()).apiCallTimeout(Duration.ofMillis(400)),
                sw -> sw.createStory(storyRequest()));
        assertThat(story.pages()).hasSize(3);
        assertThat(modelCalls()).isEqualTo(2);
    }

    @Test
    void anAnswerDribbledSlowerThanTheCallTimeoutIsCutOffByItAndRetried() {
        // Never 400 ms without a byte, so the socket's read timeout never fires: only the call's own timer can.
        answersInOrder(wire(story(3)).withChunkedDribbleDelay(20, 3000), wire(story(3)));
        Story story = withStoryWeave(BedrockFixtures.provider(bedrock.url()).apiCallTimeout(Duration.ofMillis(400)),
                sw -> sw.createStory(storyRequest()));
        assertThat(story.pages()).hasSize(3);
        assertThat(modelCalls()).isEqualTo(2);
    }

    @Test
    void serviceUnavailableThenInternalErrorThenSuccessIsRetried() {
        Story story = storyAfter(wire(error(503, "ServiceUnavailableException", "Service unavailable")),
                wire(error(500, "InternalServerException", "Internal error")), wire(story(3)));
        assertThat(story.pages()).hasSize(3);
        assertThat(modelCalls()).isEqualTo(3);
    }

    @Test
    void guardrailInterventionIsAStoryRejectedExceptionWithoutRetry() {
        answersInOrder(wire(converseText("Sorry, this story cannot be written.", "guardrail_intervened", 10, 20)));
        StoryRejectedException e = withStoryWeave(BedrockFixtures.provider(bedrock.url()).guardrail("gr-kids01", "DRAFT"),
                sw -> catchThrowableOfType(StoryRejectedException.class, () -> sw.createStory(storyRequest())));
        assertThat(e.getMessage()).contains("guardrail");
        assertThat(modelCalls()).isEqualTo(1);
        bedrock.server().verify(postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailIdentifier", equalTo("gr-kids01")))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailVersion", equalTo("DRAFT"))));
    }

    @Test
    void malformedToolOutputTwiceIsRejectedAfterOneCorrectiveRegeneration() {
        StoryRejectedException e = failure(StoryRejectedException.class,
                wire(converseTool(STORY_TOOL, "{\"headline\":\"no pages here\",\"pages\":\"three\"}", "tool_use", 100, 20)));
        assertThat(e.reasons()).isNotEmpty();
        assertThat(modelCalls()).isEqualTo(2);
    }

    @Test
    void correctiveRegenerationUsageIsAddedUpOnTheStory() {
        Story story = storyAfter(wire(converseTool(STORY_TOOL, "{\"title\":\"t\"}", "tool_use", 100, 20)), wire(story(3)));
        assertThat(story.usage()).isEqualTo(new TokenUsage(912, 184));
        assertThat(story.estimatedCostUsd()).isNotNull();
        assertThat(modelCalls()).isEqualTo(2);
    }
}
