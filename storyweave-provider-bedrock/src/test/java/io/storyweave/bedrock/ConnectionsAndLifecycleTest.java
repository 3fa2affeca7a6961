package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelResponse;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_45;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.error;
import static io.storyweave.testing.bedrock.BedrockAnswers.onDemandMessage;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConnectionsAndLifecycleTest {
    private static final int CONCURRENT = 64;

    /**
     * Holds every request until {@link #CONCURRENT} of them are open at once. If the client had
     * fewer connections, the last calls could never arrive while the first are held, and the held
     * ones are answered with an error instead of a story.
     */
    static final class AllAtOnce implements ResponseTransformerV2 {
        private final CountDownLatch arrived = new CountDownLatch(CONCURRENT);

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            arrived.countDown();
            try {
                if (arrived.await(20, TimeUnit.SECONDS)) {
                    return response;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Response.Builder.like(response).but().status(500)
                    .body("{\"message\":\"only " + (CONCURRENT - arrived.getCount()) + " calls were open at once\"}").build();
        }

        @Override
        public String getName() {
            return "all-at-once";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create(o -> o.containerThreads(4 * CONCURRENT)
            .extensions(new AllAtOnce()));

    @Test
    void sixtyFourConcurrentCallsAreOpenAtOnceWithTheDefaultConnectionPool() throws Exception {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(wire(story(1)).withTransformers("all-at-once")));
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(CONCURRENT);
        pool.prestartAllCoreThreads();
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build()) {
            List<CompletableFuture<ModelResponse>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> provider.generate(request(provider, ModelTier.MEDIUM, 1)), pool));
            }
            for (CompletableFuture<ModelResponse> call : calls) {
                assertThat(call.get().modelId()).isEqualTo(SONNET_35);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeLeavesAPassedHttpClientOpenAndClosesItsOwn() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(wire(story(1))));
        try (SdkHttpClient shared = Apache5HttpClient.builder().build()) {
            BedrockModelProvider first = BedrockFixtures.provider(bedrock.url()).httpClient(shared).build();
            first.generate(request(first, ModelTier.MEDIUM, 1));
            first.close();
            try (BedrockModelProvider second = BedrockFixtures.provider(bedrock.url()).httpClient(shared).build()) {
                assertThat(second.generate(request(second, ModelTier.MEDIUM, 1)).modelId()).isEqualTo(SONNET_35);
            }
        }
        BedrockModelProvider own = BedrockFixtures.provider(bedrock.url()).build();
        own.close();
        ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                () -> own.generate(request(own, ModelTier.MEDIUM, 1)));
        assertThat(e.retryable()).isFalse();
        ModelProviderException streaming = catchThrowableOfType(ModelProviderException.class,
                () -> own.generateStreaming(request(own, ModelTier.MEDIUM, 1), f -> { }));
        assertThat(streaming.retryable()).isFalse();
    }

    @Test
    void afterAFallbackTheStoryTheClientAndLaterCallsUseTheInferenceProfileThatActuallyAnswered() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_45))).willReturn(wire(error(400, "ValidationException",
                onDemandMessage(SONNET_45)))));
        bedrock.stubFor(post(urlPathEqualTo(conversePath("us." + SONNET_45))).willReturn(wire(story(2))));
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).tierModel(ModelTier.MEDIUM, SONNET_45)
                .build(); StoryWeave sw = BedrockFixtures.storyWeave(provider, 3)) {
            Story story = sw.createStory(StoryRequest.of(Neurotype.DYSLEXIA, 8, "a red sun", List.of(), 2));
            assertThat(story.modelId()).isEqualTo("us." + SONNET_45);
            assertThat(sw.modelId()).isEqualTo("us." + SONNET_45);
            assertThat(story.estimatedCostUsd()).isNotNull();

            sw.createStory(StoryRequest.of(Neurotype.DYSLEXIA, 8, "a blue moon", List.of(), 2));
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_45))));
        bedrock.server().verify(2, postRequestedFor(urlPathEqualTo(conversePath("us." + SONNET_45))));
    }
}
