package io.storyweave.bedrock.internal;

import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Looks, without any network call, at where the standard AWS configuration could come from: which
 * credential sources are set, in the order the AWS SDK's default chain tries them, and where the
 * region comes from. Environment variables are read from the plugin configuration (so a
 * StoryWeave builder's environment map counts), system properties from the JVM, as the AWS SDK does.
 */
public final class AwsSources {
    /** One place the AWS SDK can take credentials from. */
    public enum SourceKind {
        /** {@code aws.accessKeyId} / {@code aws.secretAccessKey} JVM system properties. */
        SYSTEM_PROPERTIES("system properties aws.accessKeyId / aws.secretAccessKey"),
        /** {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}. */
        ENVIRONMENT("environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY"),
        /** {@code AWS_WEB_IDENTITY_TOKEN_FILE} with {@code AWS_ROLE_ARN} (EKS and similar). */
        WEB_IDENTITY("web identity token (AWS_WEB_IDENTITY_TOKEN_FILE / AWS_ROLE_ARN)"),
        /** A named profile in {@code ~/.aws/credentials} or {@code ~/.aws/config}. */
        PROFILE("named profile"),
        /** A profile that signs in through IAM Identity Center. */
        SSO("SSO profile (IAM Identity Center)"),
        /** The ECS / container credentials endpoint. */
        CONTAINER("container credentials (AWS_CONTAINER_CREDENTIALS_*_URI)"),
        /** The EC2 instance role through instance metadata. */
        INSTANCE_ROLE("EC2 instance role (instance metadata)");

        private final String label;

        SourceKind(String label) {
            this.label = label;
        }

        /** @return a plain description of the source */
        public String label() {
            return label;
        }
    }

    /**
     * A credential source that is configured.
     *
     * @param kind   what kind of source
     * @param detail e.g. the profile name; never a secret
     */
    public record Source(SourceKind kind, String detail) {
        /** @return the label with its detail */
        public String describe() {
            return detail == null ? kind.label() : kind.label() + " " + detail;
        }

        /** @return whether it is a named profile (plain or SSO) */
        public boolean isProfile() {
            return kind == SourceKind.PROFILE || kind == SourceKind.SSO;
        }
    }

    /**
     * The region and where it was found.
     *
     * @param region the region id
     * @param origin e.g. {@code AWS_REGION}
     */
    public record RegionSetting(String region, String origin) {
    }

    private final UnaryOperator<String> env;
    private final UnaryOperator<String> sys;

    /**
     * @param env environment look-up
     * @param sys system property look-up
     */
    public AwsSources(UnaryOperator<String> env, UnaryOperator<String> sys) {
        this.env = env;
        this.sys = sys;
    }

    /**
     * @param config the plugin configuration, whose environment is used
     * @return the sources that configuration and this JVM's system properties set
     */
    public static AwsSources of(PluginConfig config) {
        return new AwsSources(name -> config.environment(name).orElse(null), System::getProperty);
    }

    /**
     * @param name an environment variable
     * @return its value, when set
     */
    public Optional<String> environment(String name) {
        String value = env.apply(name);
        return set(value) ? Optional.of(value.trim()) : Optional.empty();
    }

    /** The environment variable holding a Bedrock API key, which the AWS SDK's Bedrock Runtime client honours. */
    public static final String BEARER_TOKEN_VARIABLE = "AWS_BEARER_TOKEN_BEDROCK";
    /** The system property the AWS SDK reads before {@link #BEARER_TOKEN_VARIABLE}. */
    public static final String BEARER_TOKEN_PROPERTY = "aws.bearerTokenBedrock";

    /**
     * A Bedrock API key, looked up as the AWS SDK does (system property first). When set, Bedrock
     * Runtime calls carry it as {@code Authorization: Bearer ...} instead of a SigV4 signature.
     *
     * @return the key, when set; never to be printed (mask it with {@link io.storyweave.spi.Secrets#maskAccessKeyId})
     */
    public Optional<String> bearerToken() {
        String fromSys = sys.apply(BEARER_TOKEN_PROPERTY);
        if (set(fromSys)) {
            return Optional.of(fromSys.trim());
        }
        return environment(BEARER_TOKEN_VARIABLE);
    }

    /** @return where {@link #bearerToken()} comes from, for messages */
    public String bearerTokenOrigin() {
        return set(sys.apply(BEARER_TOKEN_PROPERTY)) ? "system property " + BEARER_TOKEN_PROPERTY : BEARER_TOKEN_VARIABLE;
    }

    /** @return the credential sources that are set, in the order the SDK's default chain tries them */
    public List<Source> credentialSources() {
        List<Source> found = new ArrayList<>();
        if (set(sys.apply("aws.accessKeyId")) && set(sys.apply("aws.secretAccessKey"))) {
            found.add(new Source(SourceKind.SYSTEM_PROPERTIES, null));
        }
        if (set(env.apply("AWS_ACCESS_KEY_ID")) && set(env.apply("AWS_SECRET_ACCESS_KEY"))) {
            found.add(new Source(SourceKind.ENVIRONMENT, null));
        }
        if (set(env.apply("AWS_WEB_IDENTITY_TOKEN_FILE")) && set(env.apply("AWS_ROLE_ARN"))) {
            found.add(new Source(SourceKind.WEB_IDENTITY, null));
        }
        profileSource().ifPresent(found::add);
        if (set(env.apply("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) || set(env.apply("AWS_CONTAINER_CREDENTIALS_FULL_URI"))) {
            found.add(new Source(SourceKind.CONTAINER, null));
        }
        if (instanceMetadataUsable()) {
            found.add(new Source(SourceKind.INSTANCE_ROLE, null));
        }
        return found;
    }

    /** @return the profile the SDK would use: {@code aws.profile}, {@code AWS_PROFILE}, else {@code default} */
    public String profileName() {
        String name = sys.apply("aws.profile");
        if (!set(name)) {
            name = env.apply("AWS_PROFILE");
        }
        return set(name) ? name.trim() : "default";
    }

    /** @return whether a profile was named explicitly (AWS_PROFILE or aws.profile) */
    public boolean profileNamedExplicitly() {
        return set(sys.apply("aws.profile")) || set(env.apply("AWS_PROFILE"));
    }

    private Optional<Source> profileSource() {
        Optional<Profile> profile = profile();
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Profile p = profile.get();
        String where = "'" + p.name() + "'";
        if (p.property("sso_start_url").isPresent() || p.property("sso_session").isPresent()) {
            return Optional.of(new Source(SourceKind.SSO, where));
        }
        boolean usable = p.property("aws_access_key_id").isPresent() || p.property("role_arn").isPresent()
                || p.property("credential_process").isPresent() || p.property("source_profile").isPresent()
                || p.property("web_identity_token_file").isPresent() || p.property("login_session").isPresent();
        return usable ? Optional.of(new Source(SourceKind.PROFILE, where)) : Optional.empty();
    }

    /** @return the SDK's view of the selected profile from the credentials and config files, if present */
    public Optional<Profile> profile() {
        return profileFile().flatMap(files -> files.profile(profileName()));
    }

    /** @return the credentials and config files where the SDK looks for them, when either exists */
    public Optional<ProfileFile> profileFile() {
        try {
            ProfileFile.Aggregator files = ProfileFile.aggregator();
            Path credentials = profilePath("AWS_SHARED_CREDENTIALS_FILE", "credentials");
            Path config = profilePath("AWS_CONFIG_FILE", "config");
            boolean any = false;
            if (Files.isRegularFile(credentials)) {
                files.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
                any = true;
            }
            if (Files.isRegularFile(config)) {
                files.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
                any = true;
            }
            return any ? Optional.of(files.build()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the SDK looks for a profile file: the variable, else {@code ~/.aws/NAME}. */
    private Path profilePath(String variable, String name) {
        String home = set(env.apply("HOME")) ? env.apply("HOME") : sys.apply("user.home");
        String configured = env.apply(variable);
        if (set(configured)) {
            String path = configured.trim();
            return Path.of(path.startsWith("~/") && home != null ? home + path.substring(1) : path);
        }
        return Path.of(home == null ? "." : home, ".aws", name);
    }

    /**
     * The region, looked up as the AWS SDK does but without instance metadata.
     *
     * @return the region and its origin, or empty when none is configured
     */
    public Optional<RegionSetting> region() {
        String fromSys = sys.apply("aws.region");
        if (set(fromSys)) {
            return Optional.of(new RegionSetting(fromSys.trim(), "system property aws.region"));
        }
        String fromEnv = env.apply("AWS_REGION");
        if (set(fromEnv)) {
            return Optional.of(new RegionSetting(fromEnv.trim(), "AWS_REGION"));
        }
        Optional<String> fromProfile = profile().flatMap(p -> p.property("region"));
        return fromProfile.map(r -> new RegionSetting(r, "profile '" + profileName() + "' in ~/.aws/config"));
    }

    /** @return the value of {@code AWS_DEFAULT_REGION}, which the Java SDK ignores (worth a warning) */
    public Optional<String> ignoredDefaultRegion() {
        return environment("AWS_DEFAULT_REGION");
    }

    /**
     * Instance metadata is only worth asking on EC2; elsewhere the SDK's look-up waits for a
     * time-out. This checks local machine facts only.
     *
     * @return whether instance metadata may supply credentials here
     */
    public boolean instanceMetadataUsable() {
        if ("true".equalsIgnoreCase(trimmed(env.apply("AWS_EC2_METADATA_DISABLED")))
                || "true".equalsIgnoreCase(trimmed(sys.apply("aws.disableEc2Metadata")))) {
            return false;
        }
        return set(env.apply("AWS_EC2_METADATA_SERVICE_ENDPOINT")) || looksLikeEc2();
    }

    private static boolean looksLikeEc2() {
        for (String file : List.of("/sys/devices/virtual/dmi/id/sys_vendor", "/sys/devices/virtual/dmi/id/board_asset_tag",
                "/sys/hypervisor/uuid")) {
            try {
                String text = Files.readString(Path.of(file)).trim().toLowerCase(Locale.ROOT);
                if (text.contains("amazon") || text.startsWith("ec2") || text.startsWith("i-")) {
                    return true;
                }
            } catch (Exception ignored) {
                // not readable: not evidence either way
            }
        }
        return false;
    }

    /** @return what is missing for credentials, and how to fix it, in one sentence */
    public String credentialHint() {
        if (set(env.apply("AWS_ACCESS_KEY_ID")) && !set(env.apply("AWS_SECRET_ACCESS_KEY"))) {
            return "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not (set both)";
        }
        if (!set(env.apply("AWS_ACCESS_KEY_ID")) && set(env.apply("AWS_SECRET_ACCESS_KEY"))) {
            return "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not (set both)";
        }
        if (profileNamedExplicitly()) {
            return "no profile '" + profileName() + "' with credentials in ~/.aws/credentials or ~/.aws/config"
                    + " (run 'aws configure --profile " + profileName() + "' or 'aws configure sso', or unset AWS_PROFILE)";
        }
        return "no AWS credentials (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE for a profile"
                + " in ~/.aws/credentials ('aws configure' writes one), or a Bedrock API key in " + BEARER_TOKEN_VARIABLE + ")";
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
