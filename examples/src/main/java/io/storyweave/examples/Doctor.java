package io.storyweave.examples;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeave;
import io.storyweave.examples.cli.InstanceMetadata;

import java.util.List;

/**
 * The self-checks of the configured provider and store (credentials, identity, region, every tier's
 * model, the guardrail, the DynamoDB tables), printed as {@code storyweave doctor} prints them.
 * Exit code 0 when nothing failed.
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.Doctor</pre>
 */
public final class Doctor {
    private Doctor() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        InstanceMetadata.keepAwayUnlessEc2();
        boolean usable = StoryWeave.builder().store("dynamodb")
                .diagnose(List.of(ModelTier.values()), line -> System.out.println(line.line()));
        System.out.println(usable ? "Everything is usable." : "Something needs fixing: see the [FAIL] lines.");
        System.exit(usable ? 0 : 1);
    }
}
