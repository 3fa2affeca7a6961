package io.storyweave.bedrock;

import io.storyweave.ModelTier;

import java.util.Locale;

/**
 * The configuration keys of the Bedrock provider. Each is read, first to last, from
 * {@code StoryWeave.builder().property(key, value)}, the JVM system property of the same name and
 * the environment variable whose name is the key in upper snake case
 * ({@code storyweave.bedrock.model.medium} is {@code STORYWEAVE_BEDROCK_MODEL_MEDIUM}).
 * Values set on {@link BedrockModelProvider.Builder} win over all three.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>Key</th><th>Environment</th><th>Meaning</th></tr>
 * <tr><td>{@value #REGION}</td><td>STORYWEAVE_BEDROCK_REGION</td><td>AWS region; default: the AWS chain ({@code AWS_REGION}, profile)</td></tr>
 * <tr><td>{@value #ENDPOINT}</td><td>STORYWEAVE_BEDROCK_ENDPOINT</td><td>Bedrock Runtime endpoint URL; default: the SDK's
 * ({@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME}, {@code AWS_ENDPOINT_URL}, or the regional endpoint)</td></tr>
 * <tr><td>{@code storyweave.bedrock.model.cheap|medium|quality|expensive}</td><td>STORYWEAVE_BEDROCK_MODEL_CHEAP ...</td>
 * <td>model id, cross-region inference profile id or inference profile ARN for that tier</td></tr>
 * <tr><td>{@value #INFERENCE_PROFILE_ARN}</td><td>STORYWEAVE_BEDROCK_INFERENCE_PROFILE_ARN</td><td>inference profile ARN
 * ({@code inference-profile/...} or {@code application-inference-profile/...}) for the selected tier; wins over the
 * tier's model key</td></tr>
 * <tr><td>{@value #PRESET}</td><td>STORYWEAVE_BEDROCK_PRESET</td><td>{@code default} (Claude 3.x on-demand ids) or
 * {@code claude-4} (Claude 4.x inference profiles, geography prefix from the region)</td></tr>
 * <tr><td>{@value #PROFILE_FALLBACK}</td><td>STORYWEAVE_BEDROCK_PROFILE_FALLBACK</td><td>{@code true} (default): retry a
 * model id that has no on-demand throughput once with the region's cross-region profile</td></tr>
 * <tr><td>{@value #GUARDRAIL_ID}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_ID</td><td>Bedrock Guardrail id or ARN</td></tr>
 * <tr><td>{@value #GUARDRAIL_VERSION}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_VERSION</td><td>its version ({@code DRAFT} or a
 * number); default {@code DRAFT}</td></tr>
 * <tr><td>{@value #GUARDRAIL_OUTPUT}</td><td>STORYWEAVE_BEDROCK_GUARDRAIL_OUTPUT</td><td>{@code true} (default): also apply
 * the guardrail to each finished story with ApplyGuardrail, after StoryWeave's own checks and review</td></tr>
 * <tr><td>{@value #TIMEOUT}</td><td>STORYWEAVE_BEDROCK_TIMEOUT</td><td>timeout of one call, seconds ({@code 120}) or ISO-8601
 * ({@code PT2M}); default 120 s</td></tr>
 * <tr><td>{@value #MAX_CONNECTIONS}</td><td>STORYWEAVE_BEDROCK_MAX_CONNECTIONS</td><td>HTTP connections per client,
 * 1 to 4096; default 64</td></tr>
 * </table>
 */
public final class BedrockSettings {
    /** AWS region of the Bedrock Runtime client. */
    public static final String REGION = "storyweave.bedrock.region";
    /** Endpoint URL of the Bedrock Runtime client. */
    public static final String ENDPOINT = "storyweave.bedrock.endpoint";
    /** Prefix of the per-tier model keys; see {@link #modelKey(ModelTier)}. */
    public static final String MODEL_PREFIX = "storyweave.bedrock.model.";
    /** Inference profile ARN for the selected tier. */
    public static final String INFERENCE_PROFILE_ARN = "storyweave.bedrock.inferenceProfileArn";
    /** Tier map preset: {@code default} or {@code claude-4}. */
    public static final String PRESET = "storyweave.bedrock.preset";
    /** Whether a model id without on-demand throughput is retried once with a cross-region profile. */
    public static final String PROFILE_FALLBACK = "storyweave.bedrock.profileFallback";
    /** Bedrock Guardrail identifier. */
    public static final String GUARDRAIL_ID = "storyweave.bedrock.guardrailId";
    /** Bedrock Guardrail version. */
    public static final String GUARDRAIL_VERSION = "storyweave.bedrock.guardrailVersion";
    /** Whether the guardrail is also applied to each finished story with ApplyGuardrail. */
    public static final String GUARDRAIL_OUTPUT = "storyweave.bedrock.guardrailOutput";
    /** Timeout of one model call. */
    public static final String TIMEOUT = "storyweave.bedrock.timeout";
    /** HTTP connections per client. */
    public static final String MAX_CONNECTIONS = "storyweave.bedrock.maxConnections";

    private BedrockSettings() {
    }

    /**
     * @param tier a tier
     * @return its model key, e.g. {@code storyweave.bedrock.model.medium}
     */
    public static String modelKey(ModelTier tier) {
        return MODEL_PREFIX + tier.name().toLowerCase(Locale.ROOT);
    }
}
