package io.storyweave;

import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder's self-check reports every plugin's own findings as lines and never throws for a setup problem. */
class DiagnoseTest {
    @TempDir
    Path dir;

    /** A provider plugin whose self-check reports what it was asked about and quotes a secret by mistake. */
    public static final class CheckingFactory implements ModelProviderFactory {
        @Override
        public String name() {
            return "checking";
        }

        @Override
        public ModelProvider create(PluginConfig config) {
            return new ScriptedModelProvider();
        }

        @Override
        public void diagnose(PluginConfig config, List<ModelTier> tiers, Consumer<Diagnostic> report) {
            report.accept(Diagnostic.ok("credentials", "from the environment, secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
            for (ModelTier tier : tiers) {
                report.accept(Diagnostic.ok("model " + tier.name().toLowerCase(java.util.Locale.ROOT), "answers"));
            }
            report.accept(Diagnostic.fail("guardrail", "guardrail gr-1 does not exist; create it with storyweave guardrail create"));
        }
    }

    /** A provider plugin whose self-check has a bug. */
    public static final class CrashingFactory implements ModelProviderFactory {
        @Override
        public String name() {
            return "crashing";
        }

        @Override
        public ModelProvider create(PluginConfig config) {
            return new ScriptedModelProvider();
        }

        @Override
        public void diagnose(PluginConfig config, List<ModelTier> tiers, Consumer<Diagnostic> report) {
            throw new IllegalStateException("bug in the self-check");
        }
    }

    private ClassLoader withProviders(Class<?>... factories) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ModelProviderFactory.class.getName()),
                String.join("\n", java.util.Arrays.stream(factories).map(Class::getName).toList()));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void everyCheckOfTheChosenPluginsIsReportedWithTheTiersInUseAndSecretsRedacted() throws IOException {
        List<Diagnostic> lines = new ArrayList<>();
        boolean usable = StoryWeave.builder().classLoader(withProviders(CheckingFactory.class)).tier(ModelTier.EXPENSIVE)
                .review(ReviewOptions.on(ModelTier.CHEAP)).environment(Map.of())
                .diagnose(List.of(ModelTier.QUALITY), lines::add);

        assertThat(usable).isFalse();
        assertThat(lines).extracting(Diagnostic::topic).containsExactly("tier", "credentials", "model expensive",
                "model cheap", "model quality", "guardrail", "store");
        assertThat(lines.get(1).message()).doesNotContain("wJalrXUtnFEMI").contains("from the environment");
        assertThat(lines.get(6).status()).isEqualTo(Diagnostic.Status.OK);
        assertThat(lines.get(6).line()).startsWith("[ OK ] store").contains("memory");
        assertThat(lines.get(5).line()).startsWith("[FAIL] guardrail").contains("storyweave guardrail create");
    }

    @Test
    void aMissingProviderABadTierAndACrashingSelfCheckAreLinesNotExceptions() throws IOException {
        List<Diagnostic> none = new ArrayList<>();
        assertThat(StoryWeave.builder().classLoader(withProviders()).environment(Map.of("STORYWEAVE_TIER", "premium"))
                .diagnose(List.of(), none::add)).isFalse();
        assertThat(none).extracting(Diagnostic::topic).containsExactly("tier", "provider", "store");
        assertThat(none.get(0).message()).contains("premium");
        assertThat(none.get(1).message()).contains("storyweave-provider-bedrock");

        List<Diagnostic> crashing = new ArrayList<>();
        assertThat(StoryWeave.builder().classLoader(withProviders(CrashingFactory.class)).environment(Map.of())
                .diagnose(List.of(), crashing::add)).isFalse();
        assertThat(crashing).extracting(Diagnostic::line).anySatisfy(line ->
                assertThat(line).startsWith("[FAIL] crashing provider").contains("bug in the self-check"));
        assertThat(crashing).extracting(Diagnostic::topic).endsWith("store");
    }

    @Test
    void anInstancePassedToTheBuilderWithoutAFactoryIsAWarningNotAFailure() {
        List<Diagnostic> lines = new ArrayList<>();
        assertThat(StoryWeave.builder().provider(new ScriptedModelProvider()).environment(Map.of())
                .diagnose(List.of(), lines::add)).isTrue();
        assertThat(lines).extracting(Diagnostic::status).containsExactly(Diagnostic.Status.OK, Diagnostic.Status.WARN,
                Diagnostic.Status.OK);
    }
}
