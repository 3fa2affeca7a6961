package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeave;

import java.util.Map;

/**
 * Builds the {@link StoryWeave} client a command uses; tests may hand in one that builds a client
 * around a scripted model.
 */
@FunctionalInterface
public interface ClientFactory {
    /**
     * @param tier       the tier to use
     * @param store      the store name, e.g. {@code memory} or {@code dynamodb}
     * @param properties extra builder properties, e.g. the DynamoDB table prefix
     * @return a ready client; the caller closes it
     */
    StoryWeave create(ModelTier tier, String store, Map<String, String> properties);

    /**
     * The real factory: a client from the standard AWS configuration. With no AWS credentials (nor
     * a Bedrock API key) the Bedrock provider refuses at once, in one line naming what to set.
     *
     * @return the factory the {@code storyweave} command uses
     */
    static ClientFactory aws() {
        return (tier, store, properties) -> configured(tier, store, properties).build();
    }

    /**
     * @param tier       the tier, or {@code null} to let the builder resolve it from the configuration
     * @param store      the store name
     * @param properties extra builder properties
     * @return a builder with the plugins found on the class path, as {@code create} and {@code doctor} use it
     */
    static StoryWeave.Builder configured(ModelTier tier, String store, Map<String, String> properties) {
        StoryWeave.Builder builder = StoryWeave.builder().store(store);
        if (tier != null) {
            builder.tier(tier);
        }
        properties.forEach(builder::property);
        return builder;
    }
}
