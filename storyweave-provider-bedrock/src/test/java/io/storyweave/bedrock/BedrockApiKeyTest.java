package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bedrock API keys ({@code AWS_BEARER_TOKEN_BEDROCK}): with the key alone, or beside IAM
 * credentials, Bedrock Runtime calls carry {@code Authorization: Bearer <key>} on the wire instead of
 * a SigV4 signature; the self-check and the no-credentials check recognise it; the key never
 * appears in a diagnostic, an exception or a provider's description.
 */
class BedrockApiKeyTest {
    /** Shaped like a long-term Bedrock API key: "ABSK" and base64. */
    static final String API_KEY = "ABSKQmVkcm9ja0FQSUtleS1zdG9yeXdlYXZlOnRlc3Qta2V5LTEyMzQ1Njc4OTA=";

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    @TempDir
    Path home;

    /** Endpoints, region and the key; no IAM credentials and no profile files of this machine. */
    private Map<String, String> keyOnly() {
        Map<String, String> env = new HashMap<>(bedrock.environment());
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");
        env.put("AWS_BEARER_TOKEN_BEDROCK", API_KEY);
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        return env;
    }

    private static ModelProvider provider(Map<String, String> env) {
        return new BedrockProviderFactory().create(new PluginConfig(Map.of(
                BedrockSettings.ENDPOINT, env.get("AWS_ENDPOINT_URL_BEDROCK_RUNTIME")), env::get, k -> null));
    }

    private static List<String> authorizationHeaders() {
        return bedrock.server().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().startsWith("/model/")).map(r -> r.getHeader("Authorization")).toList();
    }

    @Test
    void withTheKeyAloneAStoryCallCarriesItAsABearerTokenAndNoSignature() {
        try (ModelProvider provider = provider(keyOnly())) {
            provider.generate(request(provider, ModelTier.MEDIUM, 1));
        }

        assertThat(authorizationHeaders()).containsExactly("Bearer " + API_KEY);
        assertThat(bedrock.server().getAllServeEvents()).allSatisfy(e ->
                assertThat(e.getRequest().containsHeader("X-Amz-Security-Token")).isFalse());
    }

    @Test
    void besideIamCredentialsTheKeyIsWhatBedrockRuntimeCallsCarry() {
        Map<String, String> both = keyOnly();
        both.putAll(Map.of("AWS_ACCESS_KEY_ID", BedrockStandIn.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", BedrockStandIn.SECRET_ACCESS_KEY));
        try (ModelProvider provider = provider(both)) {
            provider.generate(request(provider, ModelTier.MEDIUM, 1));
        }

        assertThat(authorizationHeaders()).containsExactly("Bearer " + API_KEY);
    }

    @Test
    void theSelfCheckNamesTheKeyMaskedSkipsStsAndCallsTheModelWithIt() {
        List<Diagnostic> lines = new ArrayList<>();
        Map<String, String> env = keyOnly();
        new BedrockProviderFactory().diagnose(new PluginConfig(Map.of(), env::get, k -> null),
                List.of(ModelTier.MEDIUM), lines::add);

        assertThat(lines).extracting(Diagnostic::topic)
                .containsExactly("credentials", "region", "identity", "model medium", "guardrail");
        assertThat(lines).allMatch(d -> d.status() == Diagnostic.Status.OK, "all OK");
        assertThat(lines.get(0).message()).contains("Bedrock API key from AWS_BEARER_TOKEN_BEDROCK")
                .contains("****" + API_KEY.substring(API_KEY.length() - 4));
        assertThat(lines.get(2).message()).contains("only a Bedrock API key");
        assertThat(lines).allSatisfy(d -> assertThat(d.line()).doesNotContain(API_KEY));
        assertThat(authorizationHeaders()).containsExactly("Bearer " + API_KEY);
    }

    @Test
    void aRefusedKeyIsExplainedWithoutTheKeyEvenWhenBedrockQuotesIt() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(aRefusal()));
        try (ModelProvider provider = provider(keyOnly())) {
            assertThat(provider.toString()).doesNotContain(API_KEY);
            assertThatThrownBy(() -> provider.generate(request(provider, ModelTier.MEDIUM, 1)))
                    .isInstanceOf(ModelProviderException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY).contains("Bearer"));
        }
        List<Diagnostic> lines = new ArrayList<>();
        Map<String, String> env = keyOnly();
        new BedrockProviderFactory().diagnose(new PluginConfig(Map.of(), env::get, k -> null),
                List.of(ModelTier.MEDIUM), lines::add);
        assertThat(lines).anyMatch(d -> d.status() == Diagnostic.Status.FAIL && d.topic().equals("model medium"));
        assertThat(lines).allSatisfy(d -> assertThat(d.line()).doesNotContain(API_KEY));
    }

    @Test
    void withNeitherKeyNorCredentialsBuildingFailsAtOnceNamingBothWays() {
        Map<String, String> env = keyOnly();
        env.remove("AWS_BEARER_TOKEN_BEDROCK");

        assertThatThrownBy(() -> provider(env)).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("AWS_ACCESS_KEY_ID").hasMessageContaining("AWS_BEARER_TOKEN_BEDROCK")
                .hasMessageContaining("doctor");
        List<Diagnostic> lines = new ArrayList<>();
        new BedrockProviderFactory().diagnose(new PluginConfig(Map.of(), env::get, k -> null),
                List.of(ModelTier.MEDIUM), lines::add);
        assertThat(lines.get(0).status()).isEqualTo(Diagnostic.Status.FAIL);
        assertThat(lines.get(0).message()).contains("AWS_BEARER_TOKEN_BEDROCK");
    }

    /** Bedrock's answer to a key it does not accept, quoting the header as a careless proxy might. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder aRefusal() {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                .withHeader("x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Authentication failed: the API key in 'Authorization: Bearer " + API_KEY
                        + "' is not valid.\"}");
    }
}
