package io.storyweave.spi;

/**
 * Creates a {@link StoryStore}. List implementations in
 * {@code META-INF/services/io.storyweave.spi.StoryStoreFactory}.
 */
public interface StoryStoreFactory {
    /** @return the name users select it by, e.g. {@code dynamodb} */
    String name();

    /**
     * Creates the store and checks it can work (tables exist, ...).
     *
     * @param config properties from the builder, system properties and environment
     * @return a ready store
     * @throws io.storyweave.StoryWeaveConfigException naming what is missing and how to fix it
     */
    StoryStore create(PluginConfig config);
}
