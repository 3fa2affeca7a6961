package io.storyweave;

import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamingTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final StoryWeave sw = StoryWeave.builder().provider(model).store("memory")
            .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).build()).build();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private final StoryListener recorder = new StoryListener() {
        @Override
        public void onProgress(StoryProgress progress) {
            events.add("progress " + progress.stage() + " " + progress.pagesWritten() + "/" + progress.pagesTotal()
                    + " " + progress.detail());
        }

        @Override
        public void onPage(int pageNumber, Page page) {
            events.add("page " + pageNumber + ": " + page.text());
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

    private List<String> pages() {
        return events.stream().filter(e -> e.startsWith("page")).toList();
    }

    @Test
    void progressArrivesPageByPageAndTheCheckedPagesOnlyAtTheEnd() {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("space").pages(3)
                .heroName("Mia").build();

        Story story = sw.createStoryStreaming(request, recorder);

        assertThat(events).containsSubsequence("progress WRITING 1/3 writing page 2 of 3",
                "progress WRITING 2/3 writing page 3 of 3", "progress WRITING 3/3 all 3 pages written",
                "progress CHECKING 3/3 checking the story");
        int firstPage = events.indexOf(pages().get(0));
        assertThat(events.subList(0, firstPage)).allMatch(e -> e.startsWith("progress"));
        assertThat(events.subList(firstPage, events.size())).containsExactly(
                "page 1: " + story.pages().get(0).text(), "page 2: " + story.pages().get(1).text(),
                "page 3: " + story.pages().get(2).text(), "complete 3");
        assertThat(story.pages().get(0).text()).startsWith("Mia can see");
    }

    @Test
    void noProgressEventCarriesStoryText() {
        sw.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);

        assertThat(events).filteredOn(e -> e.startsWith("progress")).noneMatch(e -> e.contains("red sun"));
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
    void aRejectedDraftIsNeverShownOnlyTheCorrectedOne() {
        String unsafe = "{\"title\":\"[HERO] and the Gun\",\"pages\":[{\"text\":\"[HERO] found a loaded gun. Can you see it?\"},"
                + "{\"text\":\"[HERO] kept it a secret from Mum. Can you keep a secret?\"}]}";
        model.thenAnswer(unsafe).thenValidStory();

        sw.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);

        assertThat(String.join("\n", events)).doesNotContain("gun").doesNotContain("secret from");
        assertThat(events).anyMatch(e -> e.startsWith("progress REWRITING") && e.contains("unsafe-weapons"));
        assertThat(pages()).hasSize(2).allMatch(p -> p.contains("red sun"));
    }

    @Test
    void aStoryRejectedTwiceShowsNoPageAtAll() {
        String unsafe = "{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] drank Dad's beer and got drunk. Can you?\"}]}";
        model.thenAnswer(unsafe).thenAnswer(unsafe);

        assertThatThrownBy(() -> sw.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 1),
                recorder)).isInstanceOf(StoryRejectedException.class);

        assertThat(pages()).isEmpty();
        assertThat(String.join("\n", events)).doesNotContain("beer");
    }

    @Test
    void aProviderRestartingItsOutputRestartsTheProgressNotThePages() {
        StoryWeave restarting = StoryWeave.builder().provider(new DelegatingProvider(model) {
            @Override
            public ModelResponse generateStreaming(ModelRequest request, OutputSink sink) {
                sink.accept("{\"title\":\"x\",\"pages\":[{\"text\":\"cut off\"},");
                sink.restart("a larger token budget");
                return model.generateStreaming(request, sink);
            }
        }).store("memory").build();
        try (restarting) {
            restarting.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);
        }

        assertThat(events).containsSubsequence("progress WRITING 1/2 writing page 2 of 2",
                "progress WRITING 0/2 starting the draft again: a larger token budget", "complete 2");
        assertThat(String.join("\n", events)).doesNotContain("cut off");
        assertThat(pages()).hasSize(2);
    }

    @Test
    void aStreamThatBreaksOnItsLastFrameIsRetriedAndNothingOfTheBrokenAttemptIsShown() {
        StoryWeave flaky = StoryWeave.builder().provider(new DelegatingProvider(model) {
            private int attempts;

            @Override
            public ModelResponse generateStreaming(ModelRequest request, OutputSink sink) {
                if (attempts++ == 0) {
                    // Every page arrives, then the last frame fails its checksum.
                    sink.accept(ScriptedModelProvider.validStoryJson(request.pages()).replace("red sun", "broken sun"));
                    throw new ModelProviderException("the last frame's checksum did not match",
                            ModelProviderException.Kind.UNAVAILABLE, true, "ChecksumMismatch", null, null);
                }
                return model.generateStreaming(request, sink);
            }
        }).store("memory").retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).build()).build();
        try (flaky) {
            Story story = flaky.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), recorder);
            assertThat(story.text()).contains("red sun");
        }

        assertThat(String.join("\n", events)).doesNotContain("broken sun");
        assertThat(pages()).hasSize(2);
    }
}
