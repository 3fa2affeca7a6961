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
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.storyweave.bedrock.BedrockWire.SONNET_35;
import static io.storyweave.bedrock.BedrockWire.converse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Half of all model calls, picked at random, are throttled while 800 stories are asked for at
 * once: not one request is lost. Each ends in a story or in one {@link ThrottledException} after
 * the whole attempt budget, and every call Bedrock answered became a story.
 */
class ThrottleStormTest {
    private static final int REQUESTS = 800;
    private static final int MAX_ATTEMPTS = 4;

    /** Throttles each call with probability one half (seeded, so a failure can be replayed). */
    static final class HalfOfCallsThrottledAtRandom implements ResponseDefinitionTransformerV2 {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        private final Random random = new Random(11);

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            calls.incrementAndGet();
            boolean throttle;
            synchronized (random) {
                throttle = random.nextBoolean();
            }
            if (throttle) {
                return BedrockWire.error(429, "ThrottlingException", "Too many requests, please wait before trying again.")
                        .build();
            }
            answered.incrementAndGet();
            return serveEvent.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "half-of-calls-throttled-at-random";
        }
    }

    private static final HalfOfCallsThrottledAtRandom THROTTLE = new HalfOfCallsThrottledAtRandom();

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
        assertThat(stories + throttled).as("no request lost").isEqualTo(REQUESTS);
        // Without retries half would succeed; four attempts leave about one request in sixteen throttled.
        assertThat(stories).isGreaterThan(REQUESTS * 3 / 4);
        assertThat(THROTTLE.answered.get()).as("every answered call became a story, none was paid for twice")
                .isEqualTo(stories);
        assertThat(THROTTLE.calls.get()).isLessThanOrEqualTo(REQUESTS * MAX_ATTEMPTS)
                .isGreaterThanOrEqualTo(stories + throttled * MAX_ATTEMPTS);
    }
}
