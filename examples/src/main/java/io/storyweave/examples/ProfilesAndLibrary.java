package io.storyweave.examples;

import io.storyweave.ChildProfile;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryOptions;
import io.storyweave.StoryWeave;

import java.util.List;

/**
 * A child profile in DynamoDB, a story written for it, and the profile's library. The tables are
 * created when missing. The child's name stays with StoryWeave: it is never sent to the model.
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.ProfilesAndLibrary</pre>
 */
public final class ProfilesAndLibrary {
    private ProfilesAndLibrary() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        try (StoryWeave sw = StoryWeave.builder().store("dynamodb")
                .property("storyweave.dynamodb.createTablesIfMissing", "true").build()) {
            ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                    .neurotypes(Neurotype.ANXIETY).interests(List.of("cats", "painting")).build());
            System.out.println("Created profile " + mia.id() + " for " + mia.displayName());

            Story story = sw.createStory(mia.id(), StoryOptions.of("a new school", 4));
            ExampleSupport.print(story);

            System.out.println("Mia's library:");
            for (Story s : sw.stories().listByProfile(mia.id(), 20, null).items()) {
                System.out.println("  " + s.createdAt() + "  " + s.title());
            }
            sw.profiles().delete(mia.id());
            System.out.println("Deleted the profile and its stories.");
        }
    }
}
