package io.storyweave.internal.cache;

import io.storyweave.StoryRequest;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.prompt.PromptComposer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cache key of a request: a SHA-256 of everything that changes the model's answer or what is
 * accepted (the normalised request with real names replaced, the model id, the reviewer and the
 * prompt version) and nothing that does not (hero name, profile id, the fresh flag), so children
 * with the same needs share one paid story.
 *
 * <p>Every cache hit, of either level, computes a key, so it is built in one buffer without
 * streams, and each thread reuses one digest. The text hashed must never change for the same
 * request: keys already in a shared cache would stop matching.
 */
public final class CacheKeys {
    private static final char SEPARATOR = '\u001f';
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String PREFIX = "sw1-";
    // Looking SHA-256 up among the security providers costs more than hashing a key, so each thread keeps one.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(CacheKeys::sha256);

    private CacheKeys() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * @param request  the request (numbers and needs)
     * @param data     its free text as the model sees it (real names replaced)
     * @param modelId  the story model
     * @param reviewer the review model, or {@code off}
     * @return the key
     */
    public static String of(StoryRequest request, ChildData data, String modelId, String reviewer) {
        byte[] hash = SHA_256.get().digest(canonical(request, data, modelId, reviewer).getBytes(StandardCharsets.UTF_8));
        char[] key = new char[PREFIX.length() + 2 * hash.length];
        PREFIX.getChars(0, PREFIX.length(), key, 0);
        int at = PREFIX.length();
        for (byte b : hash) {
            key[at++] = HEX[(b >> 4) & 0xf];
            key[at++] = HEX[b & 0xf];
        }
        return new String(key);
    }

    /**
     * The text hashed: {@code name=value} fields joined by U+001F, lists as {@link List#toString()}
     * writes them (the free-text lists normalised, without duplicates, sorted).
     */
    static String canonical(StoryRequest request, ChildData data, String modelId, String reviewer) {
        StringBuilder text = new StringBuilder(256);
        text.append("v=").append(PromptComposer.PROMPT_VERSION)
                .append(SEPARATOR).append("model=").append(modelId)
                .append(SEPARATOR).append("review=").append(reviewer)
                .append(SEPARATOR).append("neurotypes=").append(request.neurotypes())
                .append(SEPARATOR).append("age=").append(request.age())
                .append(SEPARATOR).append("theme=").append(norm(data.theme()))
                .append(SEPARATOR).append("interests=");
        appendSortedNorm(text, data.interests());
        text.append(SEPARATOR).append("pages=").append(request.pages())
                .append(SEPARATOR).append("literal=").append(request.literalLanguage())
                .append(SEPARATOR).append("avoid=");
        appendSortedNorm(text, data.topicsToAvoid());
        text.append(SEPARATOR).append("anxiety=").append(request.anxietyStyle())
                .append(SEPARATOR).append("pronouns=").append(request.heroPronouns());
        return text.toString();
    }

    private static String norm(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Appends the values normalised, each once, in natural order, as {@code [a, b]}. */
    private static void appendSortedNorm(StringBuilder text, List<String> values) {
        String[] normalised = new String[values.size()];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = norm(values.get(i));
        }
        Arrays.sort(normalised);
        text.append('[');
        for (int i = 0; i < normalised.length; i++) {
            if (i > 0 && normalised[i].equals(normalised[i - 1])) {
                continue;
            }
            if (i > 0) {
                text.append(", ");
            }
            text.append(normalised[i]);
        }
        text.append(']');
    }
}
