package io.storyweave.spi;

import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;

import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Checks this provider's setup without writing a story, for {@code storyweave doctor} and
     * {@link io.storyweave.StoryWeave.Builder#diagnose}: where credentials come from, whose they
     * are, the region, whether each of {@code tiers}' models can be called (the smallest call the
     * service allows), and any managed guardrail. Reports every check, each as soon as it is known;
     * a check that cannot run because an earlier one failed is reported as FAIL naming that one, so
     * the list is always complete. Never throws for a setup problem, and never reports a secret.
     *
     * @param config the configuration the provider would be created with
     * @param tiers  the tiers whose models to check
     * @param report receives each finding
     */
    default void diagnose(PluginConfig config, List<ModelTier> tiers,
                          Consumer<Diagnostic> report) {
        report.accept(Diagnostic.warn("provider", "the " + name() + " provider has no self-checks;"
                + " create a story to try it"));
    }
}
