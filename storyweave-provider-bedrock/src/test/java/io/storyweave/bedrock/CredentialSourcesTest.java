package io.storyweave.bedrock;

import io.storyweave.Diagnostic;
import io.storyweave.Diagnostic.Status;
import io.storyweave.ModelTier;
import io.storyweave.bedrock.internal.AwsSources;
import io.storyweave.spi.PluginConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the self-check finds credentials and the region without any network call (what the command
 * line's own AwsSetup used to prove, now through the provider's diagnose): half-set key pairs,
 * named, SSO and unknown profiles, shadowed sources, and the order the AWS SDK's chain uses.
 */
class CredentialSourcesTest {
    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> sys = new HashMap<>();

    /** No files or variables of the machine running the tests; endpoints that nothing listens on. */
    private Map<String, String> env() {
        env.putIfAbsent("HOME", home.toString());
        env.putIfAbsent("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.putIfAbsent("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.putIfAbsent("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    /** The credentials and region lines only: no tier is checked, so nothing is called. */
    private List<Diagnostic> diagnose() {
        List<Diagnostic> lines = new ArrayList<>();
        Map<String, String> e = env();
        new BedrockProviderFactory().diagnose(new PluginConfig(Map.of(), e::get, k -> null), List.<ModelTier>of(),
                lines::add);
        return lines.stream().filter(d -> d.topic().equals("credentials") || d.topic().equals("region")).toList();
    }

    private static Diagnostic first(List<Diagnostic> lines, String topic) {
        return lines.stream().filter(d -> d.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void aHalfSetKeyPairIsOneFailNamingTheMissingHalf() {
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY123456");
        env.put("AWS_REGION", "eu-west-1");

        List<Diagnostic> lines = diagnose();

        assertThat(first(lines, "credentials").status()).isEqualTo(Status.FAIL);
        assertThat(first(lines, "credentials").message())
                .contains("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not");
        assertThat(first(lines, "region").message()).isEqualTo("eu-west-1 (from AWS_REGION)");
    }

    @Test
    void aNamedProfileIsUsedAnSsoProfileIsToldApartWithItsSignInHintAndAnUnknownOneIsNamed() throws Exception {
        Files.writeString(home.resolve("credentials"), "[dev]\naws_access_key_id = AKIAZ7DEVPROFILE5UJK\n"
                + "aws_secret_access_key = Zp8qLm3Rt6Yw9Ue2Io5Pa7Sd0Fg4Hj1KlXcVbNm\n");
        Files.writeString(home.resolve("config"), "[profile work]\nsso_session = corp\nsso_account_id = 111122223333\n"
                + "sso_role_name = Dev\nregion = eu-central-1\n[sso-session corp]\nsso_start_url = https://corp.example\n"
                + "sso_region = eu-central-1\n");

        env.put("AWS_PROFILE", "dev");
        env.put("AWS_REGION", "us-east-1");
        assertThat(first(diagnose(), "credentials").message()).isEqualTo("from named profile 'dev', access key id ****5UJK");

        env.put("AWS_PROFILE", "work");
        env.remove("AWS_REGION");
        List<Diagnostic> sso = diagnose();
        assertThat(sso).anyMatch(d -> d.status() == Status.WARN && d.message().startsWith("SSO profile (IAM Identity"
                + " Center) 'work' is set but gives no credentials") && d.message().contains("aws sso login --profile work"));
        assertThat(first(sso, "region").message()).isEqualTo("eu-central-1 (from profile 'work' in ~/.aws/config)");

        env.put("AWS_PROFILE", "nobody");
        assertThat(first(diagnose(), "credentials").message()).contains("no profile 'nobody' with credentials");
    }

    @Test
    void environmentKeysShadowingAnotherSetSourceAreAWarningNamingBoth() {
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY123456");
        env.put("AWS_SECRET_ACCESS_KEY", "Zp8qLm3Rt6Yw9Ue2Io5Pa7Sd0Fg4Hj1KlXcVbNm");
        env.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc");
        env.put("AWS_REGION", "us-east-1");

        List<Diagnostic> lines = diagnose();

        assertThat(first(lines, "credentials").message()).startsWith("from environment variables AWS_ACCESS_KEY_ID");
        assertThat(lines).anyMatch(d -> d.status() == Status.WARN && d.message().contains("several sources are set;"
                + " the AWS SDK uses the first, environment variables") && d.message().contains("container credentials"));
        assertThat(lines).allSatisfy(d -> assertThat(d.message()).doesNotContain("Zp8qLm3Rt6Yw9Ue2Io5Pa7Sd0Fg4Hj1KlXcVbNm"));
    }

    @Test
    void sourcesAndTheRegionFollowTheChainsOrderSystemPropertiesFirst() {
        env.putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY123456", "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc", "AWS_REGION", "eu-west-1"));
        sys.putAll(Map.of("aws.accessKeyId", "AKIASYSPROP123456789", "aws.secretAccessKey", "secret2"));
        Map<String, String> e = env();
        AwsSources sources = new AwsSources(e::get, sys::get);

        assertThat(sources.credentialSources()).extracting(AwsSources.Source::kind).containsExactly(
                AwsSources.SourceKind.SYSTEM_PROPERTIES, AwsSources.SourceKind.ENVIRONMENT, AwsSources.SourceKind.CONTAINER);
        assertThat(sources.region()).contains(new AwsSources.RegionSetting("eu-west-1", "AWS_REGION"));
        sys.put("aws.region", "us-west-2");
        assertThat(sources.region()).contains(new AwsSources.RegionSetting("us-west-2", "system property aws.region"));
    }

    @Test
    void instanceMetadataCountsOnlyWhenNotDisabledAndAnEndpointOrEc2IsThere() {
        Map<String, String> e = new HashMap<>(Map.of("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:1"));
        assertThat(new AwsSources(e::get, sys::get).instanceMetadataUsable()).isTrue();
        e.put("AWS_EC2_METADATA_DISABLED", "true");
        assertThat(new AwsSources(e::get, sys::get).instanceMetadataUsable()).isFalse();
    }
}
