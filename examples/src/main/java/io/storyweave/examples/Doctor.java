package io.storyweave.examples;

import io.storyweave.ModelTier;
import io.storyweave.examples.cli.AwsSetup;
import io.storyweave.examples.cli.Checkup;

import java.util.List;
import java.util.Map;

/**
 * Checks credentials, identity, region, every tier's model and the DynamoDB tables, and says what
 * is wrong; the same checks as {@code storyweave doctor}. Exit code 0 when everything is usable.
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.Doctor</pre>
 */
public final class Doctor {
    private Doctor() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        if (System.getenv("AWS_EC2_METADATA_DISABLED") == null && !AwsSetup.looksLikeEc2()) {
            System.setProperty("aws.disableEc2Metadata", "true");
        }
        Checkup checkup = new Checkup(AwsSetup.current(), finding -> System.out.println(finding.line()));
        boolean usable = checkup.run(new Checkup.Options(List.of(ModelTier.values()), true, Map.of()));
        System.out.println(usable ? "Everything is usable." : "Something needs fixing: see the [FAIL] lines.");
        System.exit(usable ? 0 : 1);
    }
}
