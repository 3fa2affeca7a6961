package io.storyweave.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redactor for credentials material in text that StoryWeave and its plugins log, print or
 * put into an exception message. AWS error texts can quote a signed request (an
 * {@code InvalidSignatureException} quotes the canonical request, {@code x-amz-security-token}
 * header line included), so every message that comes from a service or an SDK should pass through
 * {@link #redact(String)} before anyone sees it.
 *
 * <p>What it removes:
 * <ul>
 *   <li>any value of 8 or more characters after a credential name and {@code :} or {@code =}
 *       ({@code x-amz-security-token:}, {@code X-Amz-Security-Token=}, {@code token=},
 *       {@code aws_session_token = }, {@code "SessionToken": "…"}, {@code aws_secret_access_key},
 *       {@code secret=}, {@code Signature=}, {@code <SessionToken>…}), and the value after
 *       {@code Bearer } (a Bedrock API key in an {@code Authorization} header), whatever its length;</li>
 *   <li>bare base64 runs of 40 or more characters that mix upper case, lower case and digits (the
 *       shape of secret access keys and session tokens) wherever they appear;</li>
 *   <li>access key ids ({@code AKIA…}, {@code ASIA…}, {@code ABIA…}, {@code ACCA…}), masked to
 *       their last four characters as {@link #maskAccessKeyId(String)} does.</li>
 * </ul>
 * Principal ids ({@code AIDA…}, {@code AROA…}), account ids and ARNs are not secrets and stay.
 */
public final class Secrets {
    /** What a removed value is replaced with. */
    public static final String REDACTED = "[redacted]";

    // Names first, longest alternatives before their suffixes; "token" alone also covers
    // access_token, sessionToken and every other spelling that ends in it.
    private static final Pattern NAMED_VALUE = Pattern.compile("(?i)((?:security[_-]?token|session[_-]?token"
            + "|secret[_-]?access[_-]?key|secret[_-]?key|secret|token|signature)[\"']?\\s*(?:[:=]|=>)\\s*[\"']?"
            + "|<(?:SessionToken|SecretAccessKey)>|\\bbearer\\s+)([A-Za-z0-9+/=_%.\\-]{8,})");
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,}\\b");

    private Secrets() {
    }

    /**
     * Removes session tokens, secret keys and request signatures from a text, and masks access key
     * ids to their last four characters.
     *
     * @param text any text, typically an error message from AWS or the AWS SDK; may be {@code null}
     * @return the text without credentials material ({@code ""} for {@code null})
     */
    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = NAMED_VALUE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + REDACTED);
        out = BASE64_RUN.matcher(out)
                .replaceAll(m -> looksRandom(m.group()) ? REDACTED : Matcher.quoteReplacement(m.group()));
        return ACCESS_KEY_ID.matcher(out).replaceAll(m -> Matcher.quoteReplacement(maskAccessKeyId(m.group())));
    }

    /**
     * Masks an access key id for display.
     *
     * @param accessKeyId an access key id, e.g. {@code AKIAIOSFODNN7EXAMPLE}
     * @return its last four characters behind {@code ****}, e.g. {@code ****MPLE}; only {@code ****}
     *         for ids of four characters or fewer
     */
    public static String maskAccessKeyId(String accessKeyId) {
        String id = accessKeyId == null ? "" : accessKeyId.strip();
        return "****" + (id.length() <= 4 ? "" : id.substring(id.length() - 4));
    }

    /** Words, paths and hex digests do not mix all three character classes; keys and tokens do. */
    private static boolean looksRandom(String run) {
        return run.chars().anyMatch(Character::isUpperCase) && run.chars().anyMatch(Character::isLowerCase)
                && run.chars().anyMatch(Character::isDigit);
    }
}
