package io.storyweave;

import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty("storyweave.tier");
    }

    private StoryWeave.Builder builder() {
        return StoryWeave.builder().provider(new ScriptedModelProvider()).store("memory");
    }

    @Test
    void tierDefaultsToMedium() {
        try (StoryWeave sw = builder().environment(Map.of()).build()) {
            assertThat(sw.tier()).isEqualTo(ModelTier.MEDIUM);
            assertThat(sw.modelId()).isEqualTo("test-model-medium");
        }
    }

    @Test
    void tierComesFromTheEnvironmentIgnoringCase() {
        try (StoryWeave sw = builder().environment(Map.of("AWS_BEDROCK_MODEL_TIER", "Expensive")).build()) {
            assertThat(sw.tier()).isEqualTo(ModelTier.EXPENSIVE);
        }
    }

    @Test
    void theSystemPropertyBeatsTheEnvironmentAndTheBuilderBeatsBoth() {
        System.setProperty("storyweave.tier", "quality");
        try (StoryWeave sw = builder().environment(Map.of("AWS_BEDROCK_MODEL_TIER", "cheap")).build()) {
            assertThat(sw.tier()).isEqualTo(ModelTier.QUALITY);
        }
        try (StoryWeave sw = builder().tier(ModelTier.CHEAP).environment(Map.of("AWS_BEDROCK_MODEL_TIER", "expensive")).build()) {
            assertThat(sw.tier()).isEqualTo(ModelTier.CHEAP);
        }
    }

    @Test
    void anUnknownTierIsAConfigErrorListingTheValidOnes() {
        assertThatThrownBy(() -> builder().environment(Map.of("AWS_BEDROCK_MODEL_TIER", "premium")).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("\"premium\"").hasMessageContaining("AWS_BEDROCK_MODEL_TIER")
                .hasMessageContaining("cheap, medium, quality, expensive");
    }

    @Test
    void noProviderOnTheClassPathNamesTheArtifactToAdd() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> StoryWeave.builder().store("memory").classLoader(empty).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("No model provider").hasMessageContaining("storyweave-provider-bedrock");
    }

    @Test
    void exactlyOneProviderOnTheClassPathIsUsed() throws IOException {
        ClassLoader loader = loaderWith(AlphaFactory.class);

        try (StoryWeave sw = StoryWeave.builder().store(new io.storyweave.internal.store.MemoryStoryStore())
                .classLoader(loader).build()) {
            assertThat(sw.providerName()).isEqualTo("scripted");
        }
    }

    @Test
    void severalProvidersNeedAChoiceAndTheErrorListsThem() throws IOException {
        ClassLoader loader = loaderWith(AlphaFactory.class, BetaFactory.class);

        assertThatThrownBy(() -> StoryWeave.builder().store(new io.storyweave.internal.store.MemoryStoryStore())
                .classLoader(loader).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("alpha, beta").hasMessageContaining("builder.provider(\"name\")");
        try (StoryWeave sw = StoryWeave.builder().provider("beta").store(new io.storyweave.internal.store.MemoryStoryStore())
                .classLoader(loader).build()) {
            assertThat(sw.providerName()).isEqualTo("scripted");
        }
    }

    @Test
    void anUnknownProviderNameSaysWhichWereFound() throws IOException {
        ClassLoader loader = loaderWith(AlphaFactory.class);

        assertThatThrownBy(() -> StoryWeave.builder().provider("openai").store(new io.storyweave.internal.store.MemoryStoryStore())
                .classLoader(loader).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("\"openai\"").hasMessageContaining("found: alpha");
    }

    @Test
    void theEmbeddedMemoryStoreIsTheDefault() {
        try (StoryWeave sw = StoryWeave.builder().provider(new ScriptedModelProvider()).build()) {
            assertThat(sw.storeName()).isEqualTo("memory");
        }
    }

    @Test
    void pluginSettingsComeFromBuilderThenSystemPropertyThenEnvironment() {
        PluginConfig config = new PluginConfig(Map.of("storyweave.x.fromBuilder", "b"),
                Map.of("STORYWEAVE_X_FROM_BUILDER", "e", "STORYWEAVE_X_ONLY_ENV", "env",
                        "STORYWEAVE_X_PROFILE_FALLBACK", "nope")::get,
                key -> key.equals("storyweave.x.onlyEnv") ? "sys" : null);

        assertThat(config.get("storyweave.x.fromBuilder")).contains("b");
        assertThat(config.get("storyweave.x.onlyEnv")).contains("sys");
        assertThat(config.get("storyweave.x.missing")).isEmpty();
        assertThat(PluginConfig.environmentName("storyweave.bedrock.inferenceProfileArn"))
                .isEqualTo("STORYWEAVE_BEDROCK_INFERENCE_PROFILE_ARN");
        assertThatThrownBy(() -> config.getBoolean("storyweave.x.profileFallback", true))
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("nope");
    }

    @Test
    void aClosedClientRefusesWork() {
        StoryWeave sw = builder().build();
        sw.close();

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "space", java.util.List.of(), 1))
                .isInstanceOf(StoryWeaveException.class).hasMessageContaining("closed");
    }

    private ClassLoader loaderWith(Class<?>... factories) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        StringBuilder lines = new StringBuilder();
        for (Class<?> factory : factories) {
            lines.append(factory.getName()).append('\n');
        }
        Files.writeString(services.resolve(ModelProviderFactory.class.getName()), lines);
        return new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader());
    }

    public static final class AlphaFactory implements ModelProviderFactory {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public ModelProvider create(PluginConfig config) {
            return new ScriptedModelProvider();
        }
    }

    public static final class BetaFactory implements ModelProviderFactory {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public ModelProvider create(PluginConfig config) {
            return new ScriptedModelProvider();
        }
    }
}
