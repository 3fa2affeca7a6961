package io.storyweave.bedrock;

import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;

/**
 * Creates the {@code bedrock} provider from configuration ({@link BedrockSettings} keys and the
 * standard AWS chain). Found by {@link java.util.ServiceLoader}.
 */
public final class BedrockProviderFactory implements ModelProviderFactory {
    /** Creates the factory; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public BedrockProviderFactory() {
    }

    /** @return {@value BedrockModelProvider#NAME} */
    @Override
    public String name() {
        return BedrockModelProvider.NAME;
    }

    /**
     * @param config the plugin configuration
     * @return a provider with clients built from it
     * @throws io.storyweave.StoryWeaveConfigException naming a bad key, its value and what is allowed
     */
    @Override
    public ModelProvider create(PluginConfig config) {
        return BedrockModelProvider.builder().configuration(config).build();
    }
}
