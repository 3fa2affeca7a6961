package io.storyweave;

import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final StoryWeave sw = StoryWeave.builder().provider(model).store("memory")
            .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).build()).build();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private final StoryListener recorder = new StoryListener() {
        @Override
        public void onPage(int pageNumber, Page page) {
            events.add("page " + pageNumber + ": " + page.text());
        }

        @Override
        public void onRestart(String reason) {
            events.add("restart");
        }

        @Override
        public void onComplete(Story story) {
            events.add("complete " + story.pages().size());
        }
    };

    @AfterEach
    void close() {
        sw.close();
    }

    @Test
    void pagesArriveInOrderBeforeTheStoryCompletesWithTheHeroNamed() {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("space").pages(3)
                .heroName("Mia").build();

        Story story = sw.createStoryStreaming(request, recorder);

        assertThat(events).hasSize(4);
        assertThat(events.get(0)).startsWith("page 1: Mia can see");
        assertThat(events.get(1)).startsWith("page 2: ");
        assertThat(events.get(2)).startsWith("page 3: ");
        assertThat(events.get(3)).isEqualTo("complete 3");
        assertThat(story.pages().get(0).text()).isEqualTo(events.get(0).substring("page 1: ".length()));
    }

    @Test
    void theStreamedStoryIsCachedLikeAnyOther() {
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2);
        Story streamed = sw.createStoryStreaming(request, recorder);

        Story again = sw.createStory(request);

        assertThat(model.calls()).isEqualTo(1);
        assertThat(again.id()).isEqualTo(streamed.id());
        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
    }

    @Test
    void aCachedStoryIsStreamedAllAtOnce() {
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2);
        sw.createStory(request);

        sw.createStoryStreaming(request, recorder);

        assertThat(events).containsExactly(events.get(0), events.get(1), "complete 2");
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void aRejectedDraftTellsTheListenerToStartAgain() {
        model.thenAnswer("{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] ran. Can you run?\"}]}").thenValidStory();

        sw.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);

        assertThat(events).containsSubsequence("page 1: Sam ran. Can you run?", "restart", "complete 2");
        assertThat(events.stream().filter(e -> e.startsWith("page")).count()).isEqualTo(3);
    }

    @Test
    void aProviderRestartingItsOutputMakesTheListenerStartAgain() {
        StoryWeave restarting = StoryWeave.builder().provider(new DelegatingProvider(model) {
            @Override
            public io.storyweave.spi.ModelResponse generateStreaming(io.storyweave.spi.ModelRequest request,
                                                                     io.storyweave.spi.OutputSink sink) {
                sink.accept("{\"title\":\"x\",\"pages\":[{\"text\":\"cut off\"},");
                sink.restart("a larger token budget");
                return model.generateStreaming(request, sink);
            }
        }).store("memory").build();
        try (restarting) {
            restarting.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);
        }

        assertThat(events).containsSubsequence("page 1: cut off", "restart", "complete 2");
        assertThat(events.stream().filter(e -> e.startsWith("page 1")).count()).isEqualTo(2);
    }
}
