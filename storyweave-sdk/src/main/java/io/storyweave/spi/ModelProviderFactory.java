package io.storyweave.spi;

/**
 * Creates a {@link ModelProvider}. List implementations in
 * {@code META-INF/services/io.storyweave.spi.ModelProviderFactory}.
 */
public interface ModelProviderFactory {
    /** @return the name users select it by, e.g. {@code bedrock} */
    String name();

    /**
     * @param config properties from the builder, system properties and environment
     * @return a ready provider
     * @throws io.storyweave.StoryWeaveConfigException when the configuration cannot work
     */
    ModelProvider create(PluginConfig config);
}
