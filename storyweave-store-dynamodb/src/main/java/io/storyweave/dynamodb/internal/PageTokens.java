package io.storyweave.dynamodb.internal;

import io.storyweave.InvalidRequestException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opaque page tokens: the DynamoDB key to continue after, as URL-safe base64. Callers must not
 * depend on the content, so the layout can change; it is checked on the way back in so a token
 * from another listing is rejected instead of silently skipping items.
 */
public final class PageTokens {
    private static final char SEP = '\u0000';
    private static final String VERSION = "v1";

    private PageTokens() {
    }

    /**
     * @param key   the key to continue after (string attributes only)
     * @param names the attributes to take from it, in a fixed order
     * @return the token
     */
    public static String encode(Map<String, AttributeValue> key, List<String> names) {
        StringBuilder raw = new StringBuilder(VERSION);
        for (String name : names) {
            AttributeValue value = key.get(name);
            if (value == null || value.s() == null) {
                throw new IllegalStateException("page key lacks string attribute " + name + ": " + key.keySet());
            }
            raw.append(SEP).append(value.s());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param token a token from {@link #encode}, or {@code null}
     * @param names the attributes it must hold, in the order they were encoded
     * @return the key, or {@code null} for the first page
     * @throws InvalidRequestException when the token is not one this store returned for that listing
     */
    public static Map<String, AttributeValue> decode(String token, List<String> names) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(String.valueOf(SEP), -1);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        if (parts.length != names.size() + 1 || !VERSION.equals(parts[0])) {
            throw invalid(token);
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (parts[i + 1].isEmpty()) {
                throw invalid(token);
            }
            key.put(names.get(i), AttributeValue.fromS(parts[i + 1]));
        }
        return key;
    }

    /**
     * @param token the rejected token
     * @return the error to throw
     */
    public static InvalidRequestException invalid(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return new InvalidRequestException("pageToken", "pageToken \"" + shown + "\" is not one this listing returned;"
                + " pass null for the first page, then each page's nextPageToken");
    }
}
