package io.storyweave.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyweave.CacheOptions;
import io.storyweave.Page;
import io.storyweave.Story;

import java.util.Optional;

/** Level 1: template stories in this process, bounded by estimated bytes, with a time to live. */
public final class LocalStoryCache {
    /** {@code null} with the cache off: nothing ever reads level 1 then, so no cache is built (or its classes loaded). */
    private final Cache<String, Story> cache;

    public LocalStoryCache(CacheOptions options) {
        this.cache = !options.enabled() ? null : Caffeine.newBuilder()
                .maximumWeight(options.maxLocalWeight())
                .weigher((String key, Story story) -> weight(story))
                .expireAfterWrite(options.localTtl())
                // Maintenance is a few microseconds; handing it to the common pool costs more than doing it here.
                .executor(Runnable::run)
                .build();
    }

    public Optional<Story> get(String key) {
        return cache == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(key));
    }

    public void put(String key, Story story) {
        if (cache != null) {
            cache.put(key, story);
        }
    }

    /** Rough bytes held: two per character of text plus fixed object overhead. */
    static int weight(Story story) {
        long chars = story.title().length() + story.request().theme().length();
        for (Page page : story.pages()) {
            chars += page.text().length() + 16;
        }
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars + 1024 + story.quality().checks().size() * 96L);
    }
}
