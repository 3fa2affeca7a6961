package io.storyweave.examples;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.StoryWeave;

import java.util.List;

/**
 * Claude 4.x models have no on-demand throughput: they are called through an inference profile.
 * The {@code claude-4} preset maps every tier to the cross-region profile of your region's
 * geography (e.g. {@code us.anthropic.claude-sonnet-4-5-20250929-v1:0}); one tier can also be set
 * to a profile id or ARN of your own, as shown for the quality tier. The same settings work as
 * environment variables: STORYWEAVE_BEDROCK_PRESET=claude-4, STORYWEAVE_BEDROCK_MODEL_QUALITY=...
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.Claude4InferenceProfile [profile-id-or-arn]</pre>
 */
public final class Claude4InferenceProfile {
    private Claude4InferenceProfile() {
    }

    /** @param args optionally an inference profile id or ARN for the quality tier */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        StoryWeave.Builder builder = StoryWeave.builder().tier(ModelTier.QUALITY).store("memory")
                .property("storyweave.bedrock.preset", "claude-4");
        if (args.length > 0) {
            builder.property("storyweave.bedrock.model.quality", args[0]);
        }
        try (StoryWeave sw = builder.build()) {
            System.out.println("Quality tier calls " + sw.modelId());
            ExampleSupport.print(sw.createStory(Neurotype.AUTISM, 8, "trains", List.of("timetables"), 4));
        }
    }
}
