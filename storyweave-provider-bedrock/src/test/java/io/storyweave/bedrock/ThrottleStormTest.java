package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.ThrottledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.storyweave.bedrock.BedrockWire.SONNET_35;
import static io.storyweave.bedrock.BedrockWire.converse;
import static org.assertj.core.api.Assertions.assertThat;

/** Half of all model calls are throttled while 200 stories are asked for at once. */
class ThrottleStormTest {
    private static final int REQUESTS = 200;
    private static final int MAX_ATTEMPTS = 4;

    /** Throttles every second call, whatever the interleaving: exactly half of all calls get a 429. */
    static final class EveryOtherCallThrottled implements ResponseDefinitionTransformerV2 {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return calls.incrementAndGet() % 2 == 0
                    ? BedrockWire.error(429, "ThrottlingException", "Too many requests, please wait before trying again.")
                            .build()
                    : serveEvent.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "every-other-call-throttled";
        }
    }

    private static final EveryOtherCallThrottled THROTTLE = new EveryOtherCallThrottled();

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(80).extensions(THROTTLE))
            .build();

    @Test
    void everyRequestEndsInAStoryOrOneThrottledExceptionWithinTheAttemptBudget() {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_35))).willReturn(BedrockWire.storyAnswer(2)));
        int stories = 0;
        int throttled = 0;
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).build();
             StoryWeave sw = BedrockWire.storyWeave(provider, MAX_ATTEMPTS)) {
            List<CompletableFuture<Story>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                futures.add(sw.createStoryAsync(StoryRequest.of(Neurotype.NEUROTYPICAL, 6, "storm " + i, List.of(), 2)));
            }
            for (CompletableFuture<Story> future : futures) {
                try {
                    assertThat(future.join().pages()).hasSize(2);
                    stories++;
                } catch (CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(ThrottledException.class);
                    assertThat(((ThrottledException) e.getCause()).attempts()).isEqualTo(MAX_ATTEMPTS);
                    throttled++;
                }
            }
        }
        int calls = wire.getAllServeEvents().size();
        assertThat(stories + throttled).isEqualTo(REQUESTS);
        // Without retries exactly half would succeed; four attempts leave about one story in sixteen throttled.
        assertThat(stories).isGreaterThan(REQUESTS * 3 / 4);
        assertThat(calls).isEqualTo(THROTTLE.calls.get()).isLessThanOrEqualTo(REQUESTS * MAX_ATTEMPTS);
        assertThat(calls).as("each story is one success; every other call was a 429").isBetween(2 * stories - 1,
                2 * stories + 1 + throttled * MAX_ATTEMPTS);
    }
}
