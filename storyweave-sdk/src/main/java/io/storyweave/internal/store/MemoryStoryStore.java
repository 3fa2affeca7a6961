package io.storyweave.internal.store;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.NotFoundException;
import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.ProfileStore;
import io.storyweave.internal.spend.LocalSpendCounters;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The embedded store: everything in this JVM's memory, lost when it stops. Lets the SDK work
 * with no database, and lets two clients in one JVM share a cache when given the same instance.
 * <p>Bounded, so a long-running service does not grow without end: at most {@code maxStories}
 * stories (the oldest written goes first) and {@code maxCachedStories} shared-cache entries
 * (Caffeine's size eviction, besides each entry's time to live). Profiles are not bounded: they are
 * created deliberately, one per child.
 */
public final class MemoryStoryStore implements StoryStore, ProfileStore, StoryLibrary, SharedStoryCache {
    /** Stories kept by default: about 2 MiB of five-page stories (about 2 KiB each), a dev or test set. */
    public static final int DEFAULT_MAX_STORIES = 1_000;
    /** Shared-cache entries kept by default. */
    public static final int DEFAULT_MAX_CACHED_STORIES = 1_000;
    /** Above this many leases, expired ones (left by a crashed caller) are swept on the next claim. */
    private static final int LEASE_SWEEP_THRESHOLD = 1_024;
    private static final String PROFILES = "profiles|";
    private static final String STORIES = "stories|";
    private static final String ALL_STORIES = "all-stories|";

    private final Clock clock;
    private final int maxStories;
    private final ConcurrentSkipListMap<String, ChildProfile> profiles = new ConcurrentSkipListMap<>();
    /** In write order, so the oldest is evicted first; guarded by {@link #profileStories}. */
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>();
    private final int maxCachedStories;
    // Built on first use: with the cache off it never is, and its classes stay unloaded.
    private volatile Cache<String, Expiring<Story>> cache;
    private final Object cacheBuilt = new Object();
    private final Map<String, Expiring<String>> leases = new ConcurrentHashMap<>();
    private final LocalSpendCounters spend = new LocalSpendCounters();
    /**
     * Guards the stories, and makes a profile's deletion and the writes of its stories exclusive, so
     * none slips past the cascade.
     */
    private final Object profileStories = new Object();

    private record Expiring<T>(T value, Instant expiresAt) {
    }

    /**
     * @param clock            decides when cache entries and leases expire
     * @param maxStories       stories kept before the oldest is dropped, at least 1
     * @param maxCachedStories shared-cache entries kept, at least 1
     */
    public MemoryStoryStore(Clock clock, int maxStories, int maxCachedStories) {
        if (maxStories < 1 || maxCachedStories < 1) {
            throw new StoryWeaveConfigException("The memory store needs room for at least one story and one cache"
                    + " entry; was maxStories=" + maxStories + ", maxCachedStories=" + maxCachedStories);
        }
        this.clock = clock;
        this.maxStories = maxStories;
        this.maxCachedStories = maxCachedStories;
    }

    private Cache<String, Expiring<Story>> cache() {
        Cache<String, Expiring<Story>> built = cache;
        if (built == null) {
            synchronized (cacheBuilt) {
                built = cache;
                if (built == null) {
                    // Evicting on the writing thread keeps the bound exact at every moment, not eventually.
                    built = Caffeine.newBuilder().maximumSize(maxCachedStories).executor(Runnable::run).build();
                    cache = built;
                }
            }
        }
        return built;
    }

    public MemoryStoryStore(Clock clock) {
        this(clock, DEFAULT_MAX_STORIES, DEFAULT_MAX_CACHED_STORIES);
    }

    public MemoryStoryStore() {
        this(Clock.systemUTC());
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public ProfileStore profiles() {
        return this;
    }

    @Override
    public StoryLibrary stories() {
        return this;
    }

    @Override
    public SharedStoryCache sharedCache() {
        return this;
    }

    /** @return the spend ledger, aggregated per {@link io.storyweave.UsageLine#key()}, for the last 90 days */
    @Override
    public SpendCounters spendCounters() {
        return spend;
    }

    @Override
    public void createProfile(ChildProfile profile) {
        if (profiles.putIfAbsent(profile.id(), profile) != null) {
            throw new ConflictException("A profile with id " + profile.id() + " already exists; choose another id"
                    + " or update the existing profile");
        }
    }

    @Override
    public Optional<ChildProfile> getProfile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public void updateProfile(ChildProfile profile, long expectedVersion) {
        boolean[] conflict = {false};
        ChildProfile result = profiles.computeIfPresent(profile.id(), (id, stored) -> {
            if (stored.version() != expectedVersion) {
                conflict[0] = true;
                return stored;
            }
            return profile;
        });
        if (result == null) {
            throw new NotFoundException("profileId", "No profile with id " + profile.id() + " exists; create it first");
        }
        if (conflict[0]) {
            throw new ConflictException("Profile " + profile.id() + " was changed by someone else: it is at version "
                    + result.version() + ", the update was based on version " + expectedVersion
                    + ". Read it again, re-apply the change and retry.");
        }
    }

    @Override
    public boolean deleteProfile(String id) {
        synchronized (profileStories) {
            boolean existed = profiles.remove(id) != null;
            stories.values().removeIf(s -> id.equals(s.request().profileId()));
            return existed;
        }
    }

    @Override
    public ResultPage<ChildProfile> listProfiles(int limit, String pageToken) {
        String after = decode(pageToken, PROFILES);
        Map<String, ChildProfile> rest = after == null ? profiles : profiles.tailMap(after, false);
        return page(new ArrayList<>(rest.values()), limit, PROFILES, ChildProfile::id);
    }

    @Override
    public void putStory(Story story) {
        String profileId = story.request().profileId();
        synchronized (profileStories) {
            if (profileId != null && !profiles.containsKey(profileId)) {
                throw StoryLibrary.noProfileFor(story);
            }
            // Removed first so that a rewrite counts as the newest write, not as its first one.
            stories.remove(story.id());
            stories.put(story.id(), story);
            if (stories.size() > maxStories) {
                Iterator<String> oldest = stories.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    @Override
    public Optional<Story> getStory(String id) {
        synchronized (profileStories) {
            return Optional.ofNullable(stories.get(id));
        }
    }

    @Override
    public ResultPage<Story> listStories(String profileId, int limit, String pageToken) {
        return newestFirst(s -> profileId.equals(s.request().profileId()), STORIES + profileId + "|", limit, pageToken);
    }

    @Override
    public ResultPage<Story> listAllStories(int limit, String pageToken) {
        return newestFirst(s -> true, ALL_STORIES, limit, pageToken);
    }

    @Override
    public boolean deleteStory(String id) {
        synchronized (profileStories) {
            return stories.remove(id) != null;
        }
    }

    private ResultPage<Story> newestFirst(Predicate<Story> listed, String listing, int limit, String pageToken) {
        Comparator<Story> newestFirst = Comparator.comparing(Story::createdAt).reversed().thenComparing(Story::id);
        List<Story> all;
        synchronized (profileStories) {
            all = stories.values().stream().filter(listed).sorted(newestFirst).toList();
        }
        String after = decode(pageToken, listing);
        int start = 0;
        if (after != null) {
            for (int i = 0; i < all.size(); i++) {
                if (sortKey(all.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
        }
        return page(all.subList(start, all.size()), limit, listing, MemoryStoryStore::sortKey);
    }

    private static String sortKey(Story story) {
        return story.createdAt() + "|" + story.id();
    }

    @Override
    public Optional<Story> getCachedStory(String key) {
        Expiring<Story> entry = cache().getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expiresAt().isAfter(clock.instant())) {
            cache().asMap().remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void putCachedStory(String key, Story story, Duration ttl) {
        cache().put(key, new Expiring<>(story, clock.instant().plus(ttl)));
    }

    @Override
    public boolean tryAcquireLease(String key, String owner, Duration ttl) {
        Instant now = clock.instant();
        if (leases.size() > LEASE_SWEEP_THRESHOLD) {
            leases.values().removeIf(held -> !held.expiresAt().isAfter(now));
        }
        Expiring<String> mine = new Expiring<>(owner, now.plus(ttl));
        Expiring<String> result = leases.compute(key, (k, held) ->
                held == null || !held.expiresAt().isAfter(now) ? mine : held);
        return result == mine;
    }

    @Override
    public boolean renewLease(String key, String owner, Duration ttl) {
        Expiring<String> renewed = new Expiring<>(owner, clock.instant().plus(ttl));
        return leases.computeIfPresent(key, (k, held) -> held.value().equals(owner) ? renewed : held) == renewed;
    }

    @Override
    public void releaseLease(String key, String owner) {
        leases.computeIfPresent(key, (k, held) -> held.value().equals(owner) ? null : held);
    }

    private static <T> ResultPage<T> page(List<T> items, int limit, String listing, Function<T, String> token) {
        if (items.size() <= limit) {
            return new ResultPage<>(items, null);
        }
        List<T> page = items.subList(0, limit);
        return new ResultPage<>(page, encode(listing + token.apply(page.get(limit - 1))));
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A token names its listing, so one from another listing is refused rather than silently restarting. */
    private static String decode(String token, String listing) {
        if (token == null) {
            return null;
        }
        String value;
        try {
            value = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            value = "";
        }
        if (!value.startsWith(listing)) {
            throw new io.storyweave.InvalidRequestException("pageToken", "pageToken is not one this store returned for"
                    + " this listing: " + io.storyweave.internal.Validate.quote(token) + "; pass the nextPageToken of"
                    + " the previous page of the same listing, or null for the first page");
        }
        return value.substring(listing.length());
    }
}
