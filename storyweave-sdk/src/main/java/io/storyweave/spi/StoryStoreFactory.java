package io.storyweave.spi;

import io.storyweave.Diagnostic;

import java.util.function.Consumer;

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

    /**
     * Checks this store's setup without changing anything, for {@code storyweave doctor} and
     * {@link io.storyweave.StoryWeave.Builder#diagnose}: that it can be reached with the configured
     * credentials, and that its tables (or equivalent) exist with the shape, indexes and expiry
     * settings it needs. Reports every check, each as soon as it is known, with the fix for each
     * problem; never throws for a setup problem, and never reports a secret.
     *
     * @param config the configuration the store would be created with
     * @param report receives each finding
     */
    default void diagnose(PluginConfig config, Consumer<Diagnostic> report) {
        report.accept(Diagnostic.warn("store", "the " + name() + " store has no self-checks;"
                + " create a profile to try it"));
    }
}
