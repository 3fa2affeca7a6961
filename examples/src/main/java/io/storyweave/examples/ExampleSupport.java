package io.storyweave.examples;

import io.storyweave.Story;
import io.storyweave.examples.cli.AwsSetup;

import java.util.Locale;

/** What every example program does first and last: check AWS is configured, print a story. */
final class ExampleSupport {
    private ExampleSupport() {
    }

    /** Stops with one clear line when there are no AWS credentials or region, instead of a slow failure. */
    static void requireAwsConfiguration() {
        if (System.getenv("AWS_EC2_METADATA_DISABLED") == null && !AwsSetup.looksLikeEc2()) {
            System.setProperty("aws.disableEc2Metadata", "true");
        }
        AwsSetup.current().whatIsMissing().ifPresent(missing -> {
            System.err.println(missing);
            System.exit(1);
        });
    }

    /** Prints the title, the numbered pages and where the story came from. */
    static void print(Story story) {
        System.out.println(story.title());
        for (int i = 0; i < story.pages().size(); i++) {
            System.out.println((i + 1) + ". " + story.pages().get(i).text());
        }
        System.out.printf(Locale.ROOT, "-- %s, tier %s, %d+%d tokens, cost %s, source %s%n", story.modelId(),
                story.tier(), story.usage().inputTokens(), story.usage().outputTokens(),
                story.estimatedCostUsd() == null ? "unknown" : "$" + story.estimatedCostUsd(), story.source());
    }
}
