package io.storyweave.bedrock;

import io.storyweave.Diagnostic;
import io.storyweave.Diagnostic.Status;
import io.storyweave.ModelTier;
import io.storyweave.StoryWeave;
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

import static io.storyweave.testing.bedrock.BedrockAnswers.ACCOUNT;
import static io.storyweave.testing.bedrock.BedrockAnswers.ARN;
import static io.storyweave.testing.bedrock.BedrockAnswers.HAIKU_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.OPUS_3;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_45;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's self-check against Bedrock and STS on the wire, with the credentials and endpoints
 * in an explicit environment map (as a StoryWeave builder's environment): the whole checklist is
 * always reported, each failure says what to do, and no line holds a secret.
 */
class DiagnosticsTest {
    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    @TempDir
    Path home;

    /** The stand-in's environment, with no profile files of the machine running the tests. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(bedrock.environment());
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        return env;
    }

    private static List<Diagnostic> diagnose(Map<String, String> env, Map<String, String> properties,
                                             ModelTier... tiers) {
        List<Diagnostic> lines = new ArrayList<>();
        new BedrockProviderFactory().diagnose(new PluginConfig(properties, env::get, k -> null), List.of(tiers),
                lines::add);
        assertThat(lines).allSatisfy(DiagnosticsTest::holdsNoSecret);
        return lines;
    }

    private static void holdsNoSecret(Diagnostic line) {
        assertThat(line.line()).doesNotContain(BedrockStandIn.SECRET_ACCESS_KEY).doesNotContain(BedrockStandIn.SESSION_TOKEN)
                .doesNotContain(BedrockStandIn.ACCESS_KEY_ID);
    }

    private static List<String> topics(List<Diagnostic> lines) {
        return lines.stream().map(Diagnostic::topic).toList();
    }

    private static Diagnostic line(List<Diagnostic> lines, String topic) {
        return lines.stream().filter(d -> d.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void withWorkingCredentialsEveryCheckIsReportedOkAndEachModelIsCalledOnce() {
        List<Diagnostic> lines = diagnose(environment(), Map.of(), ModelTier.MEDIUM, ModelTier.CHEAP, ModelTier.QUALITY);

        assertThat(topics(lines)).containsExactly("credentials", "region", "identity", "model medium+quality",
                "model cheap", "guardrail");
        assertThat(lines).allMatch(d -> d.status() == Status.OK);
        assertThat(line(lines, "credentials").message()).contains("environment variables AWS_ACCESS_KEY_ID")
                .contains("****W4XN").contains("temporary");
        assertThat(line(lines, "region").message()).isEqualTo("us-east-1 (from AWS_REGION)");
        assertThat(line(lines, "identity").message()).contains("account " + ACCOUNT).contains(ARN);
        assertThat(line(lines, "model medium+quality").message()).isEqualTo(SONNET_35 + " answers");
        assertThat(line(lines, "model cheap").message()).isEqualTo(HAIKU_35 + " answers");
        assertThat(line(lines, "guardrail").message()).contains("none configured");
        assertThat(bedrock.modelRequestBodies()).hasSize(2)
                .allSatisfy(body -> assertThat(body).contains("\"maxTokens\":1").doesNotContain("toolConfig"));
    }

    @Test
    void withoutCredentialsTheListIsStillCompleteAndEachCheckThatNeedsThemSaysSo() {
        Map<String, String> env = environment();
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");

        List<Diagnostic> lines = diagnose(env, Map.of(BedrockSettings.GUARDRAIL_ID, "gr7kids01"), ModelTier.MEDIUM,
                ModelTier.EXPENSIVE);

        assertThat(topics(lines)).containsExactly("credentials", "region", "identity", "model medium", "model expensive",
                "guardrail");
        assertThat(line(lines, "credentials").status()).isEqualTo(Status.FAIL);
        assertThat(line(lines, "credentials").message()).contains("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
        assertThat(line(lines, "region").status()).isEqualTo(Status.OK);
        for (String dependent : List.of("identity", "model medium", "model expensive", "guardrail")) {
            assertThat(line(lines, dependent).status()).as(dependent).isEqualTo(Status.FAIL);
            assertThat(line(lines, dependent).message()).as(dependent).contains("not checked")
                    .contains("needs AWS credentials");
        }
        assertThat(bedrock.allRequests()).as("nothing is sent without credentials").isZero();
    }

    @Test
    void withoutARegionTheChecksThatNeedOneSaySo() {
        Map<String, String> env = environment();
        env.remove("AWS_REGION");
        env.put("AWS_DEFAULT_REGION", "eu-west-1");

        List<Diagnostic> lines = diagnose(env, Map.of(), ModelTier.MEDIUM);

        assertThat(lines).extracting(Diagnostic::line).anySatisfy(l -> assertThat(l).startsWith("[WARN] region")
                .contains("AWS_DEFAULT_REGION=eu-west-1 is ignored"));
        assertThat(lines).filteredOn(d -> d.topic().equals("region") && d.status() == Status.FAIL).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("set AWS_REGION"));
        assertThat(line(lines, "identity").message()).contains("needs an AWS region");
        assertThat(line(lines, "model medium").message()).contains("needs an AWS region");
        assertThat(line(lines, "guardrail").status()).isEqualTo(Status.OK);
    }

    @Test
    void aRefusedIdentityIsAFailWithTheLikelyCause() {
        bedrock.rejectCredentials();

        List<Diagnostic> lines = diagnose(environment(), Map.of(), ModelTier.CHEAP);

        assertThat(line(lines, "identity").status()).isEqualTo(Status.FAIL);
        assertThat(line(lines, "identity").message()).contains("InvalidClientTokenId")
                .contains("unknown or deactivated");
        assertThat(topics(lines)).containsExactly("credentials", "region", "identity", "model cheap", "guardrail");
    }

    @Test
    void aModelWithoutAccessFailsAndAModelThatNeedsAProfileWarnsWhenTheFallbackAnswers() {
        bedrock.failModel(OPUS_3, 403, "AccessDeniedException", "You don't have access to the model with the specified"
                + " model ID.");
        bedrock.needsInferenceProfile(SONNET_45);

        List<Diagnostic> lines = diagnose(environment(), Map.of(BedrockSettings.modelKey(ModelTier.QUALITY), SONNET_45),
                ModelTier.EXPENSIVE, ModelTier.QUALITY);

        assertThat(line(lines, "model expensive").status()).isEqualTo(Status.FAIL);
        assertThat(line(lines, "model expensive").message()).contains(OPUS_3).contains("access denied")
                .contains("request model access");
        assertThat(line(lines, "model quality").status()).isEqualTo(Status.WARN);
        assertThat(line(lines, "model quality").message()).contains("falls back to us." + SONNET_45)
                .contains("STORYWEAVE_BEDROCK_MODEL_QUALITY=us." + SONNET_45);
    }

    @Test
    void aMissingGuardrailFailsNamingTheKeysAndAnExistingOneIsOk() {
        bedrock.guardrail("gr7kids01", "1");

        List<Diagnostic> missing = diagnose(environment(), Map.of(BedrockSettings.GUARDRAIL_ID, "gr-gone"));
        List<Diagnostic> existing = diagnose(environment(), Map.of(BedrockSettings.GUARDRAIL_ID, "gr7kids01",
                BedrockSettings.GUARDRAIL_VERSION, "1"));

        assertThat(line(missing, "guardrail").status()).isEqualTo(Status.FAIL);
        assertThat(line(missing, "guardrail").message()).contains("gr-gone").contains("does not exist")
                .contains(BedrockSettings.GUARDRAIL_ID);
        assertThat(line(existing, "guardrail").status()).isEqualTo(Status.OK);
        assertThat(line(existing, "guardrail").message()).contains("gr7kids01 version 1 answers");
    }

    @Test
    void aBadSettingIsOneFailAndTheModelChecksNameIt() {
        List<Diagnostic> lines = diagnose(environment(), Map.of(BedrockSettings.PRESET, "claude-5"), ModelTier.MEDIUM);

        assertThat(line(lines, "settings").message()).contains(BedrockSettings.PRESET).contains("claude-5");
        assertThat(line(lines, "model medium").message()).contains("needs working Bedrock settings");
        assertThat(line(lines, "credentials").status()).isEqualTo(Status.OK);
    }

    @Test
    void storyWeavesBuilderRunsTheseChecksWithItsEnvironmentMap() {
        List<Diagnostic> lines = new ArrayList<>();

        boolean usable = StoryWeave.builder().provider("bedrock").store("memory").environment(environment())
                .diagnose(List.of(), lines::add);

        assertThat(usable).isTrue();
        assertThat(topics(lines)).contains("credentials", "region", "identity", "model medium", "model cheap", "guardrail");
        assertThat(lines).allSatisfy(DiagnosticsTest::holdsNoSecret);
    }
}
