package io.storyweave.internal.store;

import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;

/** Registers the embedded store under the name {@code memory}. */
public final class MemoryStoryStoreFactory implements StoryStoreFactory {
    public static final String NAME = "memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StoryStore create(PluginConfig config) {
        return new MemoryStoryStore();
    }
}
