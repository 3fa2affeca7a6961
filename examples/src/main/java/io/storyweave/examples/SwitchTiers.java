package io.storyweave.examples;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;

import java.util.List;

/**
 * The same story on the cheap and the quality tier, to compare models, tokens and cost. A client
 * has one tier; build one client per tier (they are cheap to keep and share).
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.SwitchTiers</pre>
 */
public final class SwitchTiers {
    private SwitchTiers() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        StoryRequest request = StoryRequest.of(Neurotype.DYSLEXIA, 6, "the seaside", List.of("crabs"), 3);
        for (ModelTier tier : List.of(ModelTier.CHEAP, ModelTier.QUALITY)) {
            try (StoryWeave sw = StoryWeave.builder().tier(tier).store("memory").build()) {
                System.out.println("== " + tier + " uses " + sw.modelId());
                ExampleSupport.print(sw.createStory(request));
            }
        }
    }
}
