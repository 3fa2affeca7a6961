package io.storyweave.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryProgress;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelResponse;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.eventstream.Message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_45;
import static io.storyweave.testing.bedrock.BedrockAnswers.STORY_TOOL;
import static io.storyweave.testing.bedrock.BedrockAnswers.converseStreamPath;
import static io.storyweave.testing.bedrock.BedrockAnswers.error;
import static io.storyweave.testing.bedrock.BedrockAnswers.event;
import static io.storyweave.testing.bedrock.BedrockAnswers.eventStream;
import static io.storyweave.testing.bedrock.BedrockAnswers.exceptionFrame;
import static io.storyweave.testing.bedrock.BedrockAnswers.frames;
import static io.storyweave.testing.bedrock.BedrockAnswers.onDemandMessage;
import static io.storyweave.testing.bedrock.BedrockAnswers.pieces;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockAnswers.storyJson;
import static io.storyweave.testing.bedrock.BedrockAnswers.streamEnd;
import static io.storyweave.testing.bedrock.BedrockAnswers.streamStart;
import static io.storyweave.testing.bedrock.BedrockAnswers.throttled;
import static io.storyweave.testing.bedrock.BedrockAnswers.toolDelta;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StreamingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    /**
     * Passed in, so each provider leaves it open: that keeps these tests from waiting for Netty's
     * graceful shutdown per test, and shows that a caller's HTTP client survives {@code close()}.
     */
    private static SdkAsyncHttpClient sharedHttp;

    @BeforeAll
    static void startHttp() {
        sharedHttp = NettyNioAsyncHttpClient.builder().build();
    }

    @AfterAll
    static void stopHttp() {
        sharedHttp.close();
    }

    private static BedrockModelProvider.Builder streamingProvider() {
        return BedrockFixtures.provider(bedrock.url()).asyncHttpClient(sharedHttp);
    }

    private static byte[] stream(List<String> deltas, List<Message> tail) {
        List<Message> all = new ArrayList<>(List.of(streamStart(STORY_TOOL)));
        deltas.forEach(d -> all.add(toolDelta(d)));
        all.addAll(tail);
        return frames(all.toArray(Message[]::new));
    }

    private static byte[] completeStream(String json, String stopReason) {
        return stream(pieces(json, 9), List.of(streamEnd(stopReason, 700, 300)));
    }

    private void streamAnswers(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "step" + i;
            bedrock.stubFor(post(urlPathEqualTo(converseStreamPath(SONNET_35))).inScenario("stream").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(i == answers.length - 1 ? state : "step" + (i + 1)));
        }
    }

    @Test
    void toolInputDeltasReachTheConsumerInOrderBeforeTheStreamEnds() throws Exception {
        String json = storyJson(5);
        streamAnswers(wire(eventStream(completeStream(json, "tool_use"))).withChunkedDribbleDelay(12, 1200));
        List<String> fragments = Collections.synchronizedList(new ArrayList<>());
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        ModelResponse response;
        long done;
        try (BedrockModelProvider provider = streamingProvider().build()) {
            response = provider.generateStreaming(request(provider, ModelTier.MEDIUM, 5), f -> {
                fragments.add(f);
                arrivals.add(System.nanoTime());
            });
            done = System.nanoTime();
        }
        assertThat(fragments).containsExactlyElementsOf(pieces(json, 9));
        assertThat(String.join("", fragments)).isEqualTo(response.outputJson());
        assertThat(JSON.readTree(response.outputJson())).isEqualTo(JSON.readTree(json));
        assertThat((done - arrivals.get(0)) / 1_000_000).as("ms between first fragment and completion").isGreaterThan(300);
        assertThat(response.usage()).isEqualTo(new TokenUsage(700, 300));
        assertThat(response.stopReason()).isEqualTo("tool_use");
        assertThat(response.modelId()).isEqualTo(SONNET_35);
        assertThat(response.requestId()).isEqualTo("req-stream");
    }

    @ParameterizedTest
    @CsvSource({
        "throttlingException, THROTTLED, true",
        "modelStreamErrorException, UNAVAILABLE, true",
        "internalServerException, UNAVAILABLE, true",
        "serviceUnavailableException, UNAVAILABLE, true",
        "validationException, INVALID_REQUEST, false"})
    void exceptionFrameMidStreamIsClassifiedAfterTheEarlierFragments(String type, Kind kind, boolean retryable) {
        List<String> deltas = pieces(storyJson(3), 6).subList(0, 2);
        streamAnswers(wire(eventStream(stream(deltas, List.of(exceptionFrame(type, "Something went wrong mid-stream."))))));
        List<String> fragments = new ArrayList<>();
        ModelProviderException e;
        try (BedrockModelProvider provider = streamingProvider().build()) {
            e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generateStreaming(request(provider, ModelTier.MEDIUM, 3), fragments::add));
        }
        assertThat(fragments).containsExactlyElementsOf(deltas);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.getMessage()).contains("Something went wrong mid-stream.");
    }

    @Test
    void httpErrorBeforeTheStreamIsClassifiedToo() {
        streamAnswers(wire(error(429, "ThrottlingException", "Too many requests")));
        try (BedrockModelProvider provider = streamingProvider().build()) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generateStreaming(request(provider, ModelTier.MEDIUM, 1), f -> { }));
            assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
            assertThat(e.retryable()).isTrue();
            assertThat(e.errorCode()).isEqualTo("ThrottlingException");
        }
        assertThat(bedrock.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void onDemandRefusalFallsBackToTheProfileAndItsFragmentsStillStream() {
        String profile = "us." + SONNET_45;
        bedrock.stubFor(post(urlPathEqualTo(converseStreamPath(SONNET_45))).willReturn(
                wire(error(400, "ValidationException", onDemandMessage(SONNET_45)))));
        bedrock.stubFor(post(urlPathEqualTo(converseStreamPath(profile))).willReturn(wire(eventStream(completeStream(storyJson(2),
                "tool_use")))));
        List<String> fragments = new ArrayList<>();
        try (BedrockModelProvider provider = streamingProvider().tierModel(ModelTier.QUALITY, SONNET_45)
                .build()) {
            ModelResponse response = provider.generateStreaming(request(provider, ModelTier.QUALITY, 2), fragments::add);
            assertThat(response.modelId()).isEqualTo(profile);
        }
        assertThat(String.join("", fragments)).isEqualTo(storyJson(2));
    }

    @Test
    void streamingMaxTokensRestartsTheSinkAndStreamsTheRetryWithALargerBudgetAndSumsUsage() {
        streamAnswers(wire(eventStream(stream(pieces("{\"title\":\"cut\",\"pa", 2), List.of(streamEnd("max_tokens", 700, 1000))))),
                wire(eventStream(completeStream(storyJson(2), "tool_use"))));
        List<String> fragments = new ArrayList<>();
        io.storyweave.spi.OutputSink sink = new io.storyweave.spi.OutputSink() {
            @Override
            public void accept(String fragment) {
                fragments.add(fragment);
            }

            @Override
            public void restart(String reason) {
                fragments.add("<restart>");
            }
        };
        try (BedrockModelProvider provider = streamingProvider().build()) {
            ModelResponse response = provider.generateStreaming(request(provider, ModelTier.MEDIUM, 2), sink);
            assertThat(response.outputJson()).isEqualTo(storyJson(2));
            assertThat(response.usage()).isEqualTo(new TokenUsage(1400, 1300));
        }
        assertThat(String.join("", fragments)).isEqualTo("{\"title\":\"cut\",\"pa<restart>" + storyJson(2));
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(converseStreamPath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("2000"))));
    }

    @Test
    void guardrailIsSentOnStreamingCallsAndInterventionIsContentBlocked() {
        streamAnswers(wire(eventStream(frames(event("messageStart", "{\"role\":\"assistant\"}"),
                event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Sorry.\"}}"),
                event("contentBlockStop", "{\"contentBlockIndex\":0}"),
                event("messageStop", "{\"stopReason\":\"guardrail_intervened\"}")))));
        try (BedrockModelProvider provider = streamingProvider().guardrail("gr-kids01", "2").build()) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generateStreaming(request(provider, ModelTier.MEDIUM, 1), f -> { }));
            assertThat(e.kind()).isEqualTo(Kind.CONTENT_BLOCKED);
        }
        bedrock.server().verify(postRequestedFor(urlPathEqualTo(converseStreamPath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailIdentifier", equalTo("gr-kids01")))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailVersion", equalTo("2"))));
    }

    @Test
    void aThrottledStreamIsRetriedAndOnlyTheCheckedStoryIsShown() {
        List<String> deltas = pieces(storyJson(3), 9);
        streamAnswers(
                wire(eventStream(stream(deltas.subList(0, 5), List.of(exceptionFrame("throttlingException", "Slow down"))))),
                wire(eventStream(completeStream(storyJson(3), "tool_use"))));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Story story;
        try (BedrockModelProvider provider = streamingProvider().build();
             StoryWeave sw = BedrockFixtures.storyWeave(provider, 3)) {
            story = sw.createStoryStreaming(StoryRequest.of(Neurotype.AUTISM, 7, "the sun", List.of(), 3),
                    new StoryListener() {
                        @Override
                        public void onPage(int pageNumber, Page page) {
                            events.add("page " + pageNumber);
                        }

                        @Override
                        public void onProgress(StoryProgress progress) {
                            events.add("progress " + progress.stage() + " " + progress.pagesWritten());
                        }

                        @Override
                        public void onComplete(Story finished) {
                            events.add("complete " + finished.pages().size());
                        }
                    });
        }
        assertThat(story.pages()).hasSize(3);
        assertThat(events).endsWith("progress CHECKING 3", "page 1", "page 2", "page 3", "complete 3");
        // Pages written on the throttled attempt were counted as progress, never shown.
        assertThat(events.subList(0, events.indexOf("page 1"))).allMatch(e -> e.startsWith("progress"))
                .contains("progress WRITING 1");
        bedrock.server().verify(2, postRequestedFor(urlPathEqualTo(converseStreamPath(SONNET_35))));
    }
}
