package io.storyweave.dynamodb;

import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;

/**
 * Registers the DynamoDB store under the name {@code dynamodb}: with this artifact on the class
 * path, {@code StoryWeave.builder().build()} uses it. Every setting comes from
 * {@code storyweave.dynamodb.*} properties or {@code STORYWEAVE_DYNAMODB_*} environment
 * variables (see {@link DynamoDbStoryStore}); the tables are checked at build time.
 */
public final class DynamoDbStoreFactory implements StoryStoreFactory {
    /** Used by {@link java.util.ServiceLoader}. */
    public DynamoDbStoreFactory() {
    }

    @Override
    public String name() {
        return DynamoDbStoryStore.NAME;
    }

    @Override
    public StoryStore create(PluginConfig config) {
        return DynamoDbStoryStore.builder().config(config).build();
    }
}
