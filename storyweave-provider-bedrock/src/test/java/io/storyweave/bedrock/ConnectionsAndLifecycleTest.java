package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.storyweave.bedrock.BedrockWire.SONNET_35;
import static io.storyweave.bedrock.BedrockWire.SONNET_45;
import static io.storyweave.bedrock.BedrockWire.converse;
import static io.storyweave.bedrock.BedrockWire.request;
import static io.storyweave.bedrock.BedrockWire.storyAnswer;
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
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(4 * CONCURRENT)
                    .extensions(new AllAtOnce())).build();

    @Test
    void sixtyFourConcurrentCallsAreOpenAtOnceWithTheDefaultConnectionPool() throws Exception {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).willReturn(storyAnswer(1).withTransformers("all-at-once")));
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(CONCURRENT);
        pool.prestartAllCoreThreads();
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).build()) {
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
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).willReturn(storyAnswer(1)));
        try (SdkHttpClient shared = Apache5HttpClient.builder().build()) {
            BedrockModelProvider first = BedrockWire.provider(wire.baseUrl()).httpClient(shared).build();
            first.generate(request(first, ModelTier.MEDIUM, 1));
            first.close();
            try (BedrockModelProvider second = BedrockWire.provider(wire.baseUrl()).httpClient(shared).build()) {
                assertThat(second.generate(request(second, ModelTier.MEDIUM, 1)).modelId()).isEqualTo(SONNET_35);
            }
        }
        BedrockModelProvider own = BedrockWire.provider(wire.baseUrl()).build();
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
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_45))).willReturn(BedrockWire.error(400, "ValidationException",
                BedrockWire.onDemandMessage(SONNET_45))));
        wire.stubFor(post(urlPathEqualTo(converse("us." + SONNET_45))).willReturn(storyAnswer(2)));
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).tierModel(ModelTier.MEDIUM, SONNET_45)
                .build(); StoryWeave sw = BedrockWire.storyWeave(provider, 3)) {
            Story story = sw.createStory(StoryRequest.of(Neurotype.DYSLEXIA, 8, "a red sun", List.of(), 2));
            assertThat(story.modelId()).isEqualTo("us." + SONNET_45);
            assertThat(sw.modelId()).isEqualTo("us." + SONNET_45);
            assertThat(story.estimatedCostUsd()).isNotNull();

            sw.createStory(StoryRequest.of(Neurotype.DYSLEXIA, 8, "a blue moon", List.of(), 2));
        }
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_45))));
        wire.verify(2, postRequestedFor(urlPathEqualTo(converse("us." + SONNET_45))));
    }
}
