package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.PluginConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BedrockSettingsTest {
    private static final PluginConfig NOTHING_SET = new PluginConfig(Map.of(), k -> null, k -> null);

    @Test
    void unsetValuesComeFromTheConfigurationAndThenTheDefaults() {
        PluginConfig config = new PluginConfig(Map.of(BedrockSettings.GUARDRAIL_ID, "gr-kids01",
                BedrockSettings.PRESET, "claude-4"), Map.of("AWS_REGION", "eu-west-1")::get, k -> null);

        BedrockSettings settings = BedrockSettings.builder().timeout(Duration.ofSeconds(30)).build(config);

        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxConnections()).isEqualTo(BedrockSettings.DEFAULT_MAX_CONNECTIONS);
        assertThat(settings.guardrailId()).isEqualTo("gr-kids01");
        assertThat(settings.guardrailVersion()).isEqualTo("DRAFT");
        assertThat(settings.guardOutput()).isTrue();
        assertThat(settings.profileFallback()).isTrue();
        assertThat(settings.promptCaching()).isTrue();
        assertThat(settings.modelId(ModelTier.CHEAP)).isEqualTo("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
        assertThat(settings.endpoint()).isNull();
    }

    @Test
    void toBuilderKeepsEveryValueAndChangesOnlyWhatIsSetAgain() {
        BedrockSettings original = BedrockSettings.builder().region("us-west-2").guardrail("gr-1", "3")
                .tierModel(ModelTier.MEDIUM, "us.anthropic.claude-sonnet-4-5-20250929-v1:0").maxConnections(8)
                .build(NOTHING_SET);

        BedrockSettings changed = original.toBuilder().maxConnections(16).build(NOTHING_SET);

        assertThat(original.toBuilder().build(NOTHING_SET)).isEqualTo(original);
        assertThat(changed).isEqualTo(new BedrockSettings(original.region(), original.endpoint(), original.stsEndpoint(),
                original.tierModels(), original.profileFallback(), original.guardrailId(), original.guardrailVersion(),
                original.guardOutput(), original.timeout(), 16));
        assertThat(changed.tierModels()).isUnmodifiable();
    }

    @Test
    void theValueItselfRefusesWhatCannotWorkNamingTheKey() {
        BedrockSettings valid = BedrockSettings.builder().region("us-east-1").build(NOTHING_SET);

        assertThatThrownBy(() -> new BedrockSettings(valid.region(), valid.endpoint(), valid.stsEndpoint(),
                valid.tierModels(), true, null, "2", true, valid.timeout(), 64))
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining(BedrockSettings.GUARDRAIL_ID);
        assertThatThrownBy(() -> new BedrockSettings(valid.region(), valid.endpoint(), valid.stsEndpoint(),
                Map.of(ModelTier.CHEAP, "anthropic.claude-3-5-haiku-20241022-v1:0"), true, null, null, true,
                valid.timeout(), 64))
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("storyweave.bedrock.model.medium");
        assertThatThrownBy(() -> new BedrockSettings("moon-1", valid.endpoint(), valid.stsEndpoint(),
                valid.tierModels(), true, null, null, true, valid.timeout(), 64))
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining(BedrockSettings.REGION);
    }

    @Test
    void aProviderCanStartFromAnotherProvidersSettings() {
        try (BedrockModelProvider first = BedrockModelProvider.builder().region("ap-southeast-2")
                .preset(BedrockPreset.CLAUDE_4).configuration(NOTHING_SET)
                .credentialsProvider(() -> { throw new AssertionError("not called"); }).build();
             BedrockModelProvider second = BedrockModelProvider.builder().settings(first.settings()).profileFallback(false)
                     .configuration(NOTHING_SET).credentialsProvider(() -> { throw new AssertionError("not called"); })
                     .build()) {
            assertThat(second.tierModels()).isEqualTo(first.tierModels());
            assertThat(second.region()).isEqualTo("ap-southeast-2");
            assertThat(second.settings().profileFallback()).isFalse();
        }
    }
}
