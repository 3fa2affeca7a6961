package io.storyweave.internal.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of stories without a profile that this client saved to the library lately. Such a story's id is
 * derived from its request, so asking again serves the same story under the same id: remembering that its
 * row is already there keeps a store write off every cache hit, and forgetting it after a while (or when
 * it is deleted through this client) lets the next identical request write the row back, so
 * {@code stories().get(id)} finds every story a caller was given, even after another instance deleted it.
 *
 * <p>Written on every generated story, read on every cache hit, so both are a map operation: ids go into a
 * current generation, which becomes the previous one (and the one before is dropped) when it is full.
 * A forgotten id costs one idempotent write, never a wrong answer.
 */
public final class SavedStoryIds {
    /** How long a saved row is trusted to be there: a deletion by another instance heals within this time. */
    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);
    // Two generations of half this: at most as many ids as the memory store keeps stories by default.
    private static final int MAX_IDS = 1_000;

    private final Clock clock;
    private volatile Map<String, Long> current = new ConcurrentHashMap<>();
    private volatile Map<String, Long> previous = new ConcurrentHashMap<>();

    public SavedStoryIds(Clock clock) {
        this.clock = clock;
    }

    /** @return whether this client saved the story lately and has not deleted it since */
    public boolean recentlySaved(String id) {
        Long saved = current.get(id);
        if (saved == null) {
            saved = previous.get(id);
        }
        return saved != null && clock.millis() - saved < REMEMBERED_FOR.toMillis();
    }

    /** Remembers that the story's row was just written. */
    public void saved(String id) {
        Map<String, Long> ids = current;
        ids.put(id, clock.millis());
        if (ids.size() >= MAX_IDS / 2) {
            synchronized (this) {
                if (current == ids) {
                    previous = ids;
                    current = new ConcurrentHashMap<>();
                }
            }
        }
    }

    /** Forgets the story (it was deleted), so the next identical request saves it again. */
    public void deleted(String id) {
        current.remove(id);
        previous.remove(id);
    }
}
