package io.storyweave.internal.store;

import io.storyweave.Diagnostic;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;

import java.time.Clock;
import java.util.function.Consumer;

/** Registers the embedded store under the name {@code memory}. */
public final class MemoryStoryStoreFactory implements StoryStoreFactory {
    public static final String NAME = "memory";
    /** Stories kept before the oldest is dropped. */
    public static final String MAX_STORIES = "storyweave.memory.maxStories";
    /** Shared-cache entries kept. */
    public static final String MAX_CACHED_STORIES = "storyweave.memory.maxCachedStories";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StoryStore create(PluginConfig config) {
        return new MemoryStoryStore(Clock.systemUTC(),
                config.getInt(MAX_STORIES, MemoryStoryStore.DEFAULT_MAX_STORIES),
                config.getInt(MAX_CACHED_STORIES, MemoryStoryStore.DEFAULT_MAX_CACHED_STORIES));
    }

    @Override
    public void diagnose(PluginConfig config, Consumer<Diagnostic> report) {
        report.accept(Diagnostic.ok("store", "memory: the embedded store keeps profiles, stories and the cache in"
                + " this process only and loses them when it stops (at most "
                + config.getInt(MAX_STORIES, MemoryStoryStore.DEFAULT_MAX_STORIES) + " stories, the oldest dropped"
                + " first); nothing to check. Add"
                + " io.storyweave:storyweave-store-dynamodb to keep them."));
    }
}
