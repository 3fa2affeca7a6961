package io.storyweave.bedrock;

import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;
import io.storyweave.bedrock.internal.BedrockCheckup;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;

import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Checks the Bedrock setup without writing a story, and reports every check in this order:
     * {@code credentials} (which source gives them, with the access key id masked, and warnings about
     * sources or a profile that the one in use shadows), {@code region} (and where it comes from),
     * {@code identity} (whose credentials they are, from STS), one {@code model ...} line per
     * distinct model of {@code tiers} (the smallest Converse call; a model without on-demand
     * throughput is checked through the inference profile the provider falls back to) and
     * {@code guardrail}. A check that needs a failed one is a FAIL line naming it. Environment
     * variables (credentials, region, endpoints) are read from {@code config}, so a StoryWeave
     * builder's environment map is what is checked.
     *
     * @param config the configuration the provider would be created with
     * @param tiers  the tiers whose models to check
     * @param report receives each line as soon as it is known; no line holds a secret
     */
    @Override
    public void diagnose(PluginConfig config, List<ModelTier> tiers, Consumer<Diagnostic> report) {
        new BedrockCheckup(config, report).run(tiers);
    }
}
