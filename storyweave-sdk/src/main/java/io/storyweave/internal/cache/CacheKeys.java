package io.storyweave.internal.cache;

import io.storyweave.StoryRequest;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.prompt.PromptComposer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The cache key of a request: a SHA-256 of everything that changes the model's answer or what is
 * accepted (the normalised request with real names replaced, the model id, the reviewer and the
 * prompt version) and nothing that does not (hero name, profile id, the fresh flag), so children
 * with the same needs share one paid story.
 */
public final class CacheKeys {
    // Looking SHA-256 up among the security providers costs more than hashing a key; a clone does not.
    private static final MessageDigest SHA_256 = sha256();

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
        String canonical = String.join("\u001f",
                "v=" + PromptComposer.PROMPT_VERSION,
                "model=" + modelId,
                "review=" + reviewer,
                "neurotypes=" + request.neurotypes(),
                "age=" + request.age(),
                "theme=" + norm(data.theme()),
                "interests=" + sortedNorm(data.interests()),
                "pages=" + request.pages(),
                "literal=" + request.literalLanguage(),
                "avoid=" + sortedNorm(data.topicsToAvoid()),
                "anxiety=" + request.anxietyStyle(),
                "pronouns=" + request.heroPronouns());
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = sha256();
        }
        return "sw1-" + HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static String norm(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sortedNorm(List<String> values) {
        return values.stream().map(CacheKeys::norm).distinct().sorted().toList();
    }
}
