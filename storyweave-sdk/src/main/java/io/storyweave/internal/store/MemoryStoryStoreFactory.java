package io.storyweave.internal.store;

import io.storyweave.Diagnostic;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;

import java.util.function.Consumer;

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

    @Override
    public void diagnose(PluginConfig config, Consumer<Diagnostic> report) {
        report.accept(Diagnostic.ok("store", "memory: the embedded store keeps profiles, stories and the cache in"
                + " this process only and loses them when it stops; nothing to check. Add"
                + " io.storyweave:storyweave-store-dynamodb to keep them."));
    }
}
