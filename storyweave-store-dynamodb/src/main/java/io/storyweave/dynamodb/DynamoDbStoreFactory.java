package io.storyweave.dynamodb;

import io.storyweave.Diagnostic;
import io.storyweave.dynamodb.internal.StoreDiagnosis;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;

import java.util.function.Consumer;

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

    /**
     * Checks, without changing anything, what {@link #create} needs: a {@code dynamodb} line
     * (DynamoDB answers with the configured credentials, region and endpoint, or one FAIL saying
     * what is wrong and what to do), then a {@code table profiles}, {@code table stories} and
     * {@code table cache} line (exists, ACTIVE, with the key and index StoryWeave needs; or missing,
     * with similarly named tables and how to create or map it), and a second {@code table cache}
     * line for its time to live (on StoryWeave's attribute: OK; off or not supported: WARN; on another
     * attribute: FAIL with both ways out). Every line is reported even when an earlier check failed,
     * as a FAIL naming that check. No secret is ever reported.
     *
     * @param config the configuration the store would be created with
     * @param report receives each line as soon as it is known
     */
    @Override
    public void diagnose(PluginConfig config, Consumer<Diagnostic> report) {
        StoreDiagnosis.run(config, report);
    }
}
