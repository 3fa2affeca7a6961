package io.storyweave.bedrock.internal;

import io.storyweave.StoryWeaveConfigException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The rules a Bedrock setting must follow, each failure naming where the value came from (a key,
 * a builder method or an AWS variable), the value and what is allowed.
 */
public final class SettingChecks {
    private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern GUARDRAIL_VERSION = Pattern.compile("DRAFT|\\d{1,8}");

    private SettingChecks() {
    }

    /**
     * @param value  a region name
     * @param source where it came from
     * @return it trimmed
     */
    public static String region(String value, String source) {
        String trimmed = value == null ? "" : value.trim();
        if (!REGION_NAME.matcher(trimmed).matches()) {
            throw invalid(source, value, "an AWS region name such as us-east-1 or eu-west-1");
        }
        return trimmed;
    }

    /**
     * @param value  text of an endpoint URL
     * @param source where it came from
     * @return the URL
     */
    public static URI parseEndpoint(String value, String source) {
        try {
            URI uri = new URI(value);
            endpoint(uri, source);
            return uri;
        } catch (URISyntaxException e) {
            throw invalidEndpoint(value, source);
        }
    }

    /**
     * @param value  an endpoint, or {@code null} for the SDK's own
     * @param source where it came from
     */
    public static void endpoint(URI value, String source) {
        if (value != null && !(("http".equals(value.getScheme()) || "https".equals(value.getScheme()))
                && value.getHost() != null)) {
            throw invalidEndpoint(value, source);
        }
    }

    private static StoryWeaveConfigException invalidEndpoint(Object value, String source) {
        return invalid(source, value, "an http:// or https:// URL such as https://bedrock-runtime.us-east-1.amazonaws.com");
    }

    /**
     * @param value  a model id, profile id or ARN
     * @param source where it came from
     * @return it trimmed
     */
    public static String modelId(String value, String source) {
        if (value == null || value.isBlank() || !ModelIds.isValid(value.trim())) {
            throw invalid(source, value, "a Bedrock model id (anthropic.claude-3-5-haiku-20241022-v1:0), a"
                    + " cross-region inference profile id (us./eu./apac./jp./au./global. + model id) or an"
                    + " inference profile ARN (arn:aws:bedrock:REGION:ACCOUNT:inference-profile/... or"
                    + " application-inference-profile/...)");
        }
        return value.trim();
    }

    /**
     * @param value  an inference profile ARN
     * @param source where it came from
     * @return it
     */
    public static String profileArn(String value, String source) {
        if (!ModelIds.isProfileArn(value)) {
            throw invalid(source, value, "an inference profile ARN such as"
                    + " arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0"
                    + " or arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123");
        }
        return value;
    }

    /**
     * @param value  {@code DRAFT} or a number
     * @param source where it came from
     * @return it trimmed
     */
    public static String guardrailVersion(String value, String source) {
        String v = value.trim();
        if (!GUARDRAIL_VERSION.matcher(v).matches()) {
            throw invalid(source, value, "DRAFT or a version number such as 1");
        }
        return v;
    }

    /**
     * @param value  a call timeout
     * @param source where it came from
     */
    public static void timeout(Duration value, String source) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(1)) > 0) {
            throw invalid(source, value, "a duration above 0 and at most 1 hour");
        }
    }

    /**
     * @param value  connections per HTTP client
     * @param source where it came from
     */
    public static void maxConnections(int value, String source) {
        if (value < 1 || value > 4096) {
            throw invalid(source, value, "a whole number from 1 to 4096");
        }
    }

    /**
     * @param source  where the value came from
     * @param value   the value
     * @param allowed what would be allowed
     * @return the error to throw
     */
    public static StoryWeaveConfigException invalid(String source, Object value, String allowed) {
        return new StoryWeaveConfigException(source + " is \"" + value + "\", which is not allowed; use " + allowed);
    }
}
