package io.storyweave.examples;

import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryProgress;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;

import java.util.List;

/**
 * Shows page 1 while the model still writes page 5: a listener receives each page when it is
 * complete, and the finished story (checked, cached and stored) at the end.
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.StreamingStory</pre>
 */
public final class StreamingStory {
    private StreamingStory() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(8).theme("a volcano island")
                .interests(List.of("dinosaurs")).pages(5).heroName("Leo").build();
        try (StoryWeave sw = StoryWeave.builder().store("memory").build()) {
            Story story = sw.createStoryStreaming(request, new StoryListener() {
                @Override
                public void onProgress(StoryProgress progress) {
                    // Progress only: no page is shown before the whole story has passed every check.
                    System.err.println("... " + progress.detail());
                }

                @Override
                public void onPage(int pageNumber, Page page) {
                    System.out.println("Page " + pageNumber + ": " + page.text());
                }
            });
            System.out.println("Done: \"" + story.title() + "\", " + story.usage().outputTokens() + " output tokens");
        }
    }
}
