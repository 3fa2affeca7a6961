package io.storyweave.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cheap, offline detection of credential sources and the region. */
class AwsSetupTest {
    private final Map<String, String> env = new HashMap<>(Map.of("AWS_CONFIG_FILE", "/nonexistent/config",
            "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"));
    private final Map<String, String> sys = new HashMap<>();

    private AwsSetup setup() {
        return new AwsSetup(env::get, sys::get);
    }

    @Test
    void sourcesAreListedInTheOrderTheSdkChainTriesThem() {
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY12");
        env.put("AWS_SECRET_ACCESS_KEY", "secret");
        env.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc");
        sys.put("aws.accessKeyId", "AKIASYSPROP");
        sys.put("aws.secretAccessKey", "secret2");

        assertThat(setup().credentialSources()).extracting(AwsSetup.Source::kind).containsExactly(
                AwsSetup.SourceKind.SYSTEM_PROPERTIES, AwsSetup.SourceKind.ENVIRONMENT, AwsSetup.SourceKind.CONTAINER);
    }

    @Test
    void instanceMetadataIsOnlyConsideredWhenDisabledIsNotSetAndAnEndpointOrEc2IsThere() {
        env.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:1");
        assertThat(setup().instanceMetadataUsable()).isTrue();
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        assertThat(setup().instanceMetadataUsable()).isFalse();
    }

    @Test
    void aHalfSetKeyPairIsNamedInTheMissingLine() {
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY12");
        env.put("AWS_REGION", "eu-west-1");

        assertThat(setup().whatIsMissing()).hasValueSatisfying(line -> assertThat(line)
                .contains("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not").doesNotContain("region"));
    }

    @Test
    void nothingConfiguredNamesCredentialsAndRegionInOneLine() {
        assertThat(setup().whatIsMissing()).hasValueSatisfying(line -> assertThat(line).doesNotContain("\n")
                .contains("AWS_ACCESS_KEY_ID").contains("AWS_PROFILE").contains("AWS_REGION"));
    }

    @Test
    void regionComesFromTheSystemPropertyBeforeTheEnvironmentAndSaysSo() {
        env.put("AWS_REGION", "eu-west-1");
        assertThat(setup().region()).contains(new AwsSetup.RegionSetting("eu-west-1", "AWS_REGION"));
        sys.put("aws.region", "us-west-2");
        assertThat(setup().region()).contains(new AwsSetup.RegionSetting("us-west-2", "system property aws.region"));
    }

    @Test
    void aNamedProfileIsReadFromTheCredentialsFileAndAnSsoProfileIsToldApart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("credentials"), "[dev]\naws_access_key_id = AKIADEV\naws_secret_access_key = x\n");
        Files.writeString(dir.resolve("config"), "[profile work]\nsso_session = corp\nsso_account_id = 1\n"
                + "sso_role_name = Dev\nregion = eu-central-1\n[sso-session corp]\nsso_start_url = https://corp\n"
                + "sso_region = eu-central-1\n");
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
        env.put("AWS_CONFIG_FILE", dir.resolve("config").toString());

        env.put("AWS_PROFILE", "dev");
        assertThat(setup().credentialSources()).containsExactly(new AwsSetup.Source(AwsSetup.SourceKind.PROFILE, "'dev'"));
        env.put("AWS_PROFILE", "work");
        assertThat(setup().credentialSources()).containsExactly(new AwsSetup.Source(AwsSetup.SourceKind.SSO, "'work'"));
        assertThat(setup().region()).contains(new AwsSetup.RegionSetting("eu-central-1",
                "profile 'work' in ~/.aws/config"));
        env.put("AWS_PROFILE", "nobody");
        assertThat(setup().credentialSources()).isEmpty();
        assertThat(setup().whatIsMissing()).hasValueSatisfying(line -> assertThat(line).contains("no profile 'nobody'"));
    }

    @Test
    void maskingKeepsOnlyTheLastFourCharacters() {
        assertThat(AwsSetup.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("****MPLE");
        assertThat(AwsSetup.mask("ABC")).isEqualTo("****");
        assertThat(AwsSetup.mask(null)).isEqualTo("(none)");
    }
}
