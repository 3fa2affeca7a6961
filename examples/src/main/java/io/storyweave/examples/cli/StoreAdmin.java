package io.storyweave.examples.cli;

import io.storyweave.dynamodb.DynamoDbStoryStore;
import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.util.Map;

/** Opens the DynamoDB store for table administration, without the start-up check that tables exist. */
final class StoreAdmin {
    private StoreAdmin() {
    }

    /**
     * @param properties  builder properties (table prefix and names)
     * @param credentials the credentials to use, or {@code null} for the standard chain
     * @return a store whose tables may be missing; close it when done
     */
    static DynamoDbStoryStore open(Map<String, String> properties, AwsCredentialsProvider credentials) {
        var builder = DynamoDbStoryStore.builder().config(PluginConfig.of(properties)).checkTables(false);
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        return builder.build();
    }
}
