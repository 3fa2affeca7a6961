package io.storyweave.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * The ids of stories without a profile that this client saved to the library lately. Such a story's id is
 * derived from its request, so asking again serves the same story under the same id: remembering that its
 * row is already there keeps a store write off every cache hit, and forgetting it after a while (or when
 * it is deleted through this client) lets the next identical request write the row back, so
 * {@code stories().get(id)} finds every story a caller was given, even after another instance deleted it.
 */
public final class SavedStoryIds {
    /** How long a saved row is trusted to be there: a deletion by another instance heals within this time. */
    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);
    // As many as the memory store keeps by default; a forgotten id costs one idempotent write, not a wrong answer.
    private static final int MAX_IDS = 1_000;

    private final Cache<String, Boolean> saved = Caffeine.newBuilder()
            .maximumSize(MAX_IDS)
            .expireAfterWrite(REMEMBERED_FOR)
            // Maintenance is a few microseconds; handing it to the common pool costs more than doing it here.
            .executor(Runnable::run)
            .build();

    /** @return whether this client saved the story lately and has not deleted it since */
    public boolean recentlySaved(String id) {
        return saved.getIfPresent(id) != null;
    }

    /** Remembers that the story's row was just written. */
    public void saved(String id) {
        saved.put(id, Boolean.TRUE);
    }

    /** Forgets the story (it was deleted), so the next identical request saves it again. */
    public void deleted(String id) {
        saved.invalidate(id);
    }
}
