package io.storyweave.examples;

import io.storyweave.Story;
import io.storyweave.examples.cli.InstanceMetadata;

import java.util.Locale;

/** What every example program does first and last: check AWS is configured, print a story. */
final class ExampleSupport {
    private ExampleSupport() {
    }

    /**
     * Off EC2, tells the AWS SDK not to wait for the instance-metadata service. With no AWS
     * credentials or region, building the client then fails at once with one line saying what to set.
     */
    static void requireAwsConfiguration() {
        InstanceMetadata.keepAwayUnlessEc2();
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
