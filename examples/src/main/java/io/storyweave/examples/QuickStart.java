package io.storyweave.examples;

import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryWeave;

import java.util.List;

/**
 * The smallest useful program: one story from Claude on Bedrock, kept in memory.
 * Needs AWS credentials and AWS_REGION; the tier comes from AWS_BEDROCK_MODEL_TIER (default medium).
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.QuickStart</pre>
 */
public final class QuickStart {
    private QuickStart() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        // "memory" keeps everything in this process; see ProfilesAndLibrary for DynamoDB.
        try (StoryWeave sw = StoryWeave.builder().store("memory").build()) {
            Story story = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets", "planets"), 5);
            ExampleSupport.print(story);

            // The same request again is served from the cache: no model call, no cost.
            Story again = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets", "planets"), 5);
            System.out.println("Asked again: source " + again.source());
        }
    }
}
