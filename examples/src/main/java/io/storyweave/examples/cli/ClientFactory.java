package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeave;

import java.util.Map;

/**
 * Builds the {@link StoryWeave} client a command uses. The command line's own factory checks the
 * AWS configuration first; tests may hand in one that builds a client around a scripted model.
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
     * The real factory: refuses at once, in one line, when there are no AWS credentials or region,
     * then builds a client from the standard AWS configuration.
     *
     * @return the factory the {@code storyweave} command uses
     */
    static ClientFactory aws() {
        return (tier, store, properties) -> {
            AwsSetup.current().whatIsMissing().ifPresent(missing -> {
                throw new MissingConfigurationException(missing);
            });
            StoryWeave.Builder builder = StoryWeave.builder().provider("bedrock").tier(tier).store(store);
            properties.forEach(builder::property);
            return builder.build();
        };
    }
}
