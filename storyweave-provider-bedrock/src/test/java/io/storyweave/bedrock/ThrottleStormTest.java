package io.storyweave.bedrock;

import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.ThrottledException;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockAnswers.throttled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Half of all model calls, picked at random, are throttled while 800 stories are asked for at
 * once: not one request is lost. Each ends in a story or in one {@link ThrottledException} after
 * the whole attempt budget, and every call Bedrock answered became a story.
 */
class ThrottleStormTest {
    private static final int REQUESTS = 800;
    private static final int MAX_ATTEMPTS = 4;

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create(o -> o.containerThreads(80));

    @Test
    void everyRequestEndsInAStoryOrOneThrottledExceptionWithinTheAttemptBudget() {
        bedrock.throttleAtRandom(0.5, 11);
        int stories = 0;
        int throttled = 0;
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).build();
             StoryWeave sw = BedrockFixtures.storyWeave(provider, MAX_ATTEMPTS)) {
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
        assertThat(bedrock.modelCalls() - bedrock.throttledCalls()).as("every answered call became a story, none was"
                + " paid for twice").isEqualTo(stories);
        assertThat(bedrock.modelCalls()).isLessThanOrEqualTo(REQUESTS * MAX_ATTEMPTS)
                .isGreaterThanOrEqualTo(stories + throttled * MAX_ATTEMPTS);
    }
}
