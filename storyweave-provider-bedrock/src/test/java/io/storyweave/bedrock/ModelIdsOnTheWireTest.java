package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.ServiceLoader;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.ARN;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_45;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelIdsOnTheWireTest {
    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private ModelResponse callOnce(BedrockModelProvider.Builder builder, ModelTier tier, String expectedId) {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(expectedId))).willReturn(wire(story(1))));
        try (BedrockModelProvider provider = builder.build()) {
            ModelResponse response = provider.generate(request(provider, tier, 1));
            bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(expectedId))));
            return response;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "CHEAP, anthropic.claude-3-5-haiku-20241022-v1:0",
        "MEDIUM, anthropic.claude-3-5-sonnet-20241022-v2:0",
        "QUALITY, anthropic.claude-3-5-sonnet-20241022-v2:0",
        "EXPENSIVE, anthropic.claude-3-opus-20240229-v1:0"})
    void eachTierSendsItsDefaultModelIdUrlEncodedInThePath(ModelTier tier, String modelId) {
        ModelResponse response = callOnce(BedrockFixtures.provider(bedrock.url()), tier, modelId);
        assertThat(conversePath(modelId)).contains("%3A");
        assertThat(response.modelId()).isEqualTo(modelId);
        assertThat(response.stopReason()).isEqualTo("tool_use");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"})
    void profileIdsAndBothArnKindsAreEncodedIntoThePath(String id) {
        ModelResponse response = callOnce(BedrockFixtures.provider(bedrock.url()).tierModel(ModelTier.MEDIUM, id),
                ModelTier.MEDIUM, id);
        assertThat(response.modelId()).isEqualTo(id);
        if (id.startsWith("arn:")) {
            assertThat(conversePath(id)).contains("%2F").contains("%3A");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "us-west-2, us.",
        "eu-central-1, eu.",
        "ap-northeast-1, apac.",
        "ap-southeast-2, apac.",
        "us-gov-west-1, us-gov.",
        "sa-east-1, global."})
    void claude4PresetUsesTheGeographyProfileOfTheRegion(String region, String prefix) {
        callOnce(BedrockFixtures.provider(bedrock.url()).region(region).preset(BedrockPreset.CLAUDE_4), ModelTier.MEDIUM,
                prefix + SONNET_45);
    }

    @Test
    void regionFromTheAwsEnvironmentChoosesTheProfileGeographyWhenNotConfigured() {
        PluginConfig config = new PluginConfig(Map.of("storyweave.bedrock.preset", "claude-4"),
                Map.of("AWS_REGION", "eu-west-2")::get, k -> null);
        try (BedrockModelProvider provider = BedrockModelProvider.builder().configuration(config)
                .credentialsProvider(() -> { throw new AssertionError("not called"); }).build()) {
            assertThat(provider.region()).isEqualTo("eu-west-2");
            assertThat(provider.model(ModelTier.MEDIUM).modelId()).isEqualTo("eu." + SONNET_45);
        }
        PluginConfig both = new PluginConfig(Map.of("storyweave.bedrock.region", "ap-southeast-2"),
                Map.of("AWS_REGION", "eu-west-2")::get, k -> null);
        try (BedrockModelProvider provider = BedrockModelProvider.builder().configuration(both)
                .credentialsProvider(() -> { throw new AssertionError("not called"); }).build()) {
            assertThat(provider.region()).isEqualTo("ap-southeast-2");
        }
    }

    @Test
    void tierModelComesFromTheEnvironmentVariableOfItsKey() {
        PluginConfig config = new PluginConfig(Map.of(), Map.of("STORYWEAVE_BEDROCK_MODEL_CHEAP", "eu.custom-model-v1:0")::get,
                k -> null);
        callOnce(BedrockFixtures.provider(bedrock.url()).configuration(config), ModelTier.CHEAP, "eu.custom-model-v1:0");
    }

    @Test
    void builderPropertyWinsOverSystemPropertyAndEnvironment() {
        PluginConfig config = new PluginConfig(Map.of("storyweave.bedrock.model.medium", "from-builder-v1:0"),
                Map.of("STORYWEAVE_BEDROCK_MODEL_MEDIUM", "from-env-v1:0")::get,
                Map.of("storyweave.bedrock.model.medium", "from-sysprop-v1:0")::get);
        callOnce(BedrockFixtures.provider(bedrock.url()).configuration(config), ModelTier.MEDIUM, "from-builder-v1:0");
    }

    @Test
    void inferenceProfileArnAppliesToTheSelectedTierOnly() {
        String arn = "arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/storyweave01";
        PluginConfig config = new PluginConfig(Map.of("storyweave.bedrock.inferenceProfileArn", arn), k -> null, k -> null)
                .withTier(ModelTier.QUALITY);
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).configuration(config).build()) {
            assertThat(provider.model(ModelTier.QUALITY).modelId()).isEqualTo(arn);
            assertThat(provider.model(ModelTier.MEDIUM).modelId()).isEqualTo(SONNET_35);
        }
        callOnce(BedrockFixtures.provider(bedrock.url()).configuration(config), ModelTier.QUALITY, arn);
    }

    @Test
    void requestForcesTheStoryToolWithItsSchemaAndSendsTheBudgetAndPrompts() {
        callOnce(BedrockFixtures.provider(bedrock.url()), ModelTier.MEDIUM, SONNET_35);
        bedrock.server().verify(postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing("AWS4-HMAC-SHA256"))
                .withRequestBody(matchingJsonPath("$.toolConfig.toolChoice.tool.name", equalTo("write_story")))
                .withRequestBody(matchingJsonPath("$.toolConfig.tools[0].toolSpec.name", equalTo("write_story")))
                .withRequestBody(matchingJsonPath("$.toolConfig.tools[0].toolSpec.inputSchema.json.required",
                        equalToJson("[\"title\",\"pages\"]")))
                .withRequestBody(matchingJsonPath("$.toolConfig.tools[0].toolSpec.inputSchema.json.properties.pages.items"
                        + ".properties.text.type", equalTo("string")))
                .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("1000")))
                .withRequestBody(matchingJsonPath("$.system[0].text", equalTo("You write stories.")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo("Write a story about space.")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("guardrailConfig")));
    }

    @Test
    void configuredGuardrailIsSentOnEveryCall() {
        PluginConfig config = new PluginConfig(Map.of("storyweave.bedrock.guardrailId", "gr-kids01",
                "storyweave.bedrock.guardrailVersion", "3"), k -> null, k -> null);
        callOnce(BedrockFixtures.provider(bedrock.url()).configuration(config), ModelTier.MEDIUM, SONNET_35);
        bedrock.server().verify(postRequestedFor(urlPathEqualTo(conversePath(SONNET_35)))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailIdentifier", equalTo("gr-kids01")))
                .withRequestBody(matchingJsonPath("$.guardrailConfig.guardrailVersion", equalTo("3"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "storyweave.bedrock.preset|claude-5|claude-4",
        "storyweave.bedrock.profileFallback|maybe|true or false",
        "storyweave.bedrock.timeout|soon|ISO-8601",
        "storyweave.bedrock.timeout|0|above 0",
        "storyweave.bedrock.maxConnections|0|1 to 4096",
        "storyweave.bedrock.maxConnections|many|whole number",
        "storyweave.bedrock.region|Mars|us-east-1",
        "storyweave.bedrock.endpoint|ftp://x|https://",
        "storyweave.bedrock.model.expensive|has spaces here|inference profile ARN",
        "storyweave.bedrock.inferenceProfileArn|arn:aws:bedrock:us-east-1:123456789012:foundation-model/x|application-inference-profile",
        "storyweave.bedrock.guardrailVersion|latest|DRAFT"})
    void badValueIsAConfigErrorNamingKeyValueAndWhatIsAllowed(String key, String value, String allowed) {
        Map<String, String> properties = key.startsWith("storyweave.bedrock.guardrailVersion")
                ? Map.of(key, value, "storyweave.bedrock.guardrailId", "gr-1") : Map.of(key, value);
        PluginConfig config = new PluginConfig(properties, k -> null, k -> null);
        BedrockModelProvider.Builder builder = BedrockModelProvider.builder().configuration(config)
                .credentialsProvider(() -> { throw new AssertionError("no credentials needed"); });
        if (!key.endsWith(".region")) {
            builder.region("us-east-1");
        }
        if (key.endsWith(".timeout")) {
            builder.maxConnections(4);
        }
        assertThatThrownBy(builder::build).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining(key).hasMessageContaining(value).hasMessageContaining(allowed);
    }

    @Test
    void factoryIsFoundByServiceLoaderUnderTheNameBedrock() {
        assertThat(ServiceLoader.load(ModelProviderFactory.class).stream().map(p -> p.get().name()))
                .contains("bedrock");
        PluginConfig config = new PluginConfig(Map.of("storyweave.bedrock.region", "eu-west-1",
                "storyweave.bedrock.preset", "claude-4"), Map.of("AWS_ACCESS_KEY_ID", BedrockStandIn.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", BedrockStandIn.SECRET_ACCESS_KEY)::get, k -> null).withTier(ModelTier.CHEAP);
        try (var provider = new BedrockProviderFactory().create(config)) {
            assertThat(provider.name()).isEqualTo("bedrock");
            assertThat(provider.model(ModelTier.CHEAP).modelId()).isEqualTo("eu.anthropic.claude-haiku-4-5-20251001-v1:0");
            assertThat(provider.model(ModelTier.EXPENSIVE).modelId()).isEqualTo("eu.anthropic.claude-opus-4-5-20251101-v1:0");
            assertThat(provider.toString()).doesNotContain(BedrockStandIn.SECRET_ACCESS_KEY).contains("eu-west-1");
        }
    }
}
