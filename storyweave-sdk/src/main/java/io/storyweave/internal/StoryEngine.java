package io.storyweave.internal;

import io.storyweave.CacheOptions;
import io.storyweave.ChildProfile;
import io.storyweave.NotFoundException;
import io.storyweave.RetryOptions;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryOptions;
import io.storyweave.StoryProgress;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeaveEvents.CacheLevel;
import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.Source;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;
import io.storyweave.StoryWeaveException;
import io.storyweave.StoryWeaveObserver;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.cache.LocalStoryCache;
import io.storyweave.internal.cache.SavedStoryIds;
import io.storyweave.internal.observe.Observers;
import io.storyweave.internal.pipeline.ActiveModels;
import io.storyweave.internal.pipeline.ModelCaller;
import io.storyweave.internal.pipeline.Personalizer;
import io.storyweave.internal.pipeline.Prices;
import io.storyweave.internal.pipeline.StoryGenerator;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.spend.SpendGuard;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Answers story requests as cheaply as possible: level-1 cache, level-2 (store) cache, joining an
 * identical call already in flight in this process, a cross-instance lease so other instances
 * wait instead of paying again, and only then the model. Every paid story is kept locally before
 * any store write, so a failing store never loses it. The observers hear of each story (as a scope around the
 * whole call), each cache lookup, and, through the parts below, each model and store call.
 */
public final class StoryEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoryEngine.class);

    private final ModelProvider provider;
    private final StoryStore store;
    private final SharedStoryCache sharedCache;
    private final ActiveModels models;
    private final CacheOptions cacheOptions;
    private final LocalStoryCache localCache;
    private final SavedStoryIds savedStoryIds;
    private final StoryGenerator generator;
    private final Personalizer personalizer;
    private final StoreWriter storeWriter;
    private final Clock clock;
    private final StoreLeases leases;
    private final SpendGuard spendGuard;
    private final Observers observers;
    private final ConcurrentHashMap<String, CompletableFuture<Produced>> inFlight = new ConcurrentHashMap<>();

    /** Where the story of one call came from, as far as the call got; for its observers. */
    private static final class Trace {
        Source source = Source.NONE;
    }

    /** A template story and how this instance got it; {@code storeFailure} is set when publishing it failed. */
    private record Produced(Story template, StorySource source, StorageException storeFailure) {
    }

    /**
     * @param provider the model provider
     * @param store    the store
     * @param models   the story's and the review's models, resolved when the client was built
     * @param spendGuard the budget and the spend ledger
     * @param observers  hear what the engine does
     */
    public StoryEngine(ModelProvider provider, StoryStore store, ActiveModels models, CacheOptions cacheOptions,
                       RetryOptions retryOptions, Prices prices, String defaultHeroName, Clock clock,
                       SpendGuard spendGuard, Observers observers) {
        this.provider = provider;
        this.store = store;
        this.sharedCache = store.sharedCache();
        this.models = models;
        this.cacheOptions = cacheOptions;
        this.clock = clock;
        this.savedStoryIds = new SavedStoryIds(clock);
        this.observers = observers;
        this.localCache = new LocalStoryCache(cacheOptions);
        this.generator = new StoryGenerator(new ModelCaller(provider, retryOptions, prices, observers), provider,
                RuleBook.standard(), clock, models, spendGuard, observers);
        this.spendGuard = spendGuard;
        this.personalizer = new Personalizer(defaultHeroName);
        this.storeWriter = new StoreWriter(retryOptions, store.name(), observers);
        this.leases = new StoreLeases(sharedCache, store.name(), cacheOptions, observers);
    }

    /** @return the story tier's model, with the id that currently answers for it */
    public ModelHandle model() {
        return models.story();
    }

    public ModelProvider provider() {
        return provider;
    }

    public StoryStore store() {
        return store;
    }

    /** @return the budget and the spend ledger */
    public SpendGuard spendGuard() {
        return spendGuard;
    }

    /**
     * Deletes a story from the library; a story without a profile is saved again by the next identical request.
     *
     * @return whether it was there
     */
    public boolean deleteStory(String id) {
        boolean deleted = storeWriter.call(StoreOperation.DELETE_STORY, "delete story " + id, () -> store.stories().deleteStory(id));
        savedStoryIds.deleted(id);
        return deleted;
    }

    public StoreWriter storeWriter() {
        return storeWriter;
    }

    public Clock clock() {
        return clock;
    }

    /** @return the model that reviews drafts, or {@code null} when the review is off */
    public ModelHandle reviewModel() {
        return models.review();
    }

    private String cacheKey(StoryRequest request, ChildData data) {
        // A story accepted without the review must not be served where the review is required.
        ModelHandle review = models.review();
        return CacheKeys.of(request, data, models.story().modelId(), review == null ? "off" : review.modelId());
    }

    /**
     * @param request    the request
     * @param otherNames real names besides the request's hero name (a profile's display name)
     * @param listener   hears progress and, once accepted, the pages; or {@code null}
     * @return the story
     */
    public Story createStory(StoryRequest request, List<String> otherNames, StoryListener listener) {
        return observed(listener != null, trace -> {
            if (request.profileId() != null) {
                // Before anything is paid for: the story could not be kept in a library that does not exist.
                requireProfile(request.profileId());
            }
            return answer(request, otherNames, listener, trace);
        });
    }

    /** Runs one createStory inside the observers' story scope, and tells them how it ended. */
    private Story observed(boolean streaming, Function<Trace, Story> work) {
        Trace trace = new Trace();
        if (!observers.active()) {
            return work.apply(trace);
        }
        ModelHandle model = models.story();
        StoryStarted started = StoryStarted.of(model.tier(), model.modelId(), streaming);
        StoryWeaveObserver.Scope<StoryFinished> scope = observers.storyStarted(started);
        long start = System.nanoTime();
        Story story;
        StoryFinished finished;
        try {
            story = work.apply(trace);
        } catch (RuntimeException e) {
            finished = StoryFinished.failed(started, models.story().modelId(), trace.source, e, Observers.since(start));
            observers.storyFinished(finished);
            scope.stop(finished);
            throw e;
        }
        finished = StoryFinished.succeeded(started, story.modelId(), trace.source, Observers.since(start));
        observers.storyFinished(finished);
        scope.stop(finished);
        return story;
    }

    private void looked(CacheLevel level, boolean hit) {
        if (observers.active()) {
            observers.cacheLookup(CacheLookup.of(level, hit));
        }
    }

    private Story answer(StoryRequest request, List<String> otherNames, StoryListener listener, Trace trace) {
        ChildData data = ChildData.of(request, otherNames);
        // A fresh request with the cache off is never looked up, joined or stored under a key: no hashing for it.
        String key = cacheOptions.enabled() || !request.fresh() ? cacheKey(request, data) : null;
        boolean useCache = cacheOptions.enabled() && !request.fresh();
        if (useCache) {
            Optional<Story> local = localCache.get(key);
            looked(CacheLevel.LOCAL, local.isPresent());
            if (local.isPresent()) {
                trace.source = Source.LOCAL_CACHE;
                return finish(new Produced(local.get(), StorySource.LOCAL_CACHE, null), request, listener);
            }
            if (sharedCache != SharedStoryCache.NONE) {
                Optional<Story> shared = readSharedCache(key, request, data);
                looked(CacheLevel.STORE, shared.isPresent());
                if (shared.isPresent()) {
                    localCache.put(key, shared.get());
                    trace.source = Source.STORE_CACHE;
                    return finish(new Produced(shared.get(), StorySource.STORE_CACHE, null), request, listener);
                }
            }
        }
        if (request.fresh()) {
            Produced produced = produce(key, request, data, listener, false);
            trace.source = Source.MODEL;
            return finish(produced, request, listener);
        }
        CompletableFuture<Produced> mine = new CompletableFuture<>();
        CompletableFuture<Produced> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            looked(CacheLevel.COALESCED, true);
            progress(listener, StoryProgress.Stage.WAITING, request, "the same story is being written for another caller");
            Produced joined = await(running);
            StorySource source = joined.source() == StorySource.MODEL ? StorySource.LOCAL_CACHE : joined.source();
            trace.source = Source.COALESCED;
            return finish(new Produced(joined.template(), source, null), request, listener);
        }
        Produced produced;
        try {
            // Without a shared cache there is nobody in another instance to coordinate with.
            boolean coordinate = useCache && sharedCache != SharedStoryCache.NONE;
            if (!coordinate) {
                looked(CacheLevel.COALESCED, false);
            }
            produced = produce(key, request, data, listener, coordinate);
            trace.source = produced.source() == StorySource.MODEL ? Source.MODEL : Source.COALESCED;
            mine.complete(produced);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
        return finish(produced, request, listener);
    }

    public Story createStory(String profileId, StoryOptions options, StoryListener listener) {
        return observed(listener != null, trace -> {
            ChildProfile profile = requireProfile(profileId);
            return answer(StoryRequest.forProfile(profile, options), List.of(profile.displayName()), listener, trace);
        });
    }

    private ChildProfile requireProfile(String profileId) {
        return storeWriter.call(StoreOperation.GET_PROFILE, "read profile " + profileId,
                () -> store.profiles().getProfile(profileId))
                .orElseThrow(() -> new NotFoundException("profileId", "No profile with id " + profileId
                        + " exists. List profiles with profiles().list(...) or create one first."));
    }

    private Produced produce(String key, StoryRequest request, ChildData data, StoryListener listener, boolean coordinate) {
        StoreLeases.Lease lease;
        if (coordinate) {
            StoreLeases.Turn turn = leases.claim(key, () -> readSharedCache(key, request, data),
                    reason -> progress(listener, StoryProgress.Stage.WAITING, request, reason));
            looked(CacheLevel.COALESCED, turn.written() != null);
            if (turn.written() != null) {
                localCache.put(key, turn.written());
                return new Produced(turn.written(), StorySource.STORE_CACHE, null);
            }
            lease = turn.lease();
        } else {
            lease = StoreLeases.NONE;
        }
        try (lease) {
            Story template = generator.generate(request, data, listener == null ? null : listener::onProgress,
                    listener != null);
            // After a fallback the story was written by another id than the key was made with; it is
            // cached under the key later requests (which use the id that answered) will look for.
            String writtenKey = null;
            if (cacheOptions.enabled()) {
                // With the cache off nothing ever reads level 1: filling it would only cost CPU and heap.
                writtenKey = cacheKey(request, data);
                localCache.put(key, template);
                if (!writtenKey.equals(key)) {
                    localCache.put(writtenKey, template);
                }
            }
            StorageException failure = null;
            try {
                publish(writtenKey, template);
            } catch (StorageException e) {
                LOG.debug("A generated story could not be written to the {} store; it is kept in the local cache: {}",
                        store.name(), e.getMessage());
                failure = e;
            }
            return new Produced(template, StorySource.MODEL, failure);
        }
    }

    /**
     * Shares the template with other instances through the store's cache, and nothing else: the
     * library only holds stories written for a profile (saved in {@link #finish}), so no row exists
     * that no caller can list or delete.
     */
    private void publish(String key, Story template) {
        // With the cache off nothing is cached anywhere: a shared-cache write would be a store write (with
        // DynamoDB, a paid one) per story for nobody.
        if (sharedCache == SharedStoryCache.NONE || !cacheOptions.enabled()) {
            return;
        }
        storeWriter.write(StoreOperation.CACHE_STORY, "cache story " + template.id(),
                () -> sharedCache.putCachedStory(key, template, cacheOptions.storeTtl()));
    }

    /**
     * Personalises for this caller, keeps it in the library, reports to the listener.
     * <p>A profile's story gets its own id and row every time. A story without a profile gets an id
     * derived from the template and the hero's name, so that asking again (a cache hit) finds the
     * same row instead of adding one: the library then holds one row per distinct story, each
     * listable and deletable, and {@code stories().get(id)} finds every story a caller was given. Such
     * a row is written when this client has not written it lately ({@link SavedStoryIds}): once, not on
     * every cache hit, and again after it was deleted.
     */
    private Story finish(Produced produced, StoryRequest request, StoryListener listener) {
        Story template = produced.template();
        String id;
        boolean save;
        if (request.profileId() != null) {
            id = UUID.randomUUID().toString();
            save = true;
        } else {
            id = request.heroName() == null ? template.id()
                    : UUID.nameUUIDFromBytes((template.id() + "|" + request.heroName()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            save = !savedStoryIds.recentlySaved(id);
        }
        Story story = personalizer.apply(template, request, id, produced.source());
        if (produced.source() != StorySource.MODEL) {
            spendGuard.cacheHit(template, request.profileId());
        }
        if (listener != null) {
            // Only now, with every check passed, does any text reach the listener.
            for (int i = 0; i < story.pages().size(); i++) {
                listener.onPage(i + 1, story.pages().get(i));
            }
        }
        StorageException failure = produced.storeFailure();
        // A store that just failed every attempt to cache this story is not asked again at once:
        // the caller gets the story in the exception without waiting through a second round.
        if (save && failure == null) {
            try {
                storeWriter.write(StoreOperation.SAVE_STORY, "save story " + id, () -> store.stories().putStory(story));
                if (request.profileId() == null) {
                    savedStoryIds.saved(id);
                }
            } catch (StorageException e) {
                if (produced.source() == StorySource.MODEL || request.profileId() != null) {
                    failure = e;
                } else {
                    // A profileless story's row written back: the caller who paid for it was told when it could not
                    // be stored; this caller still gets it, and the next identical request tries again.
                    LOG.warn("A story served from {} could not be written back to the library: {}",
                            produced.source(), e.getMessage());
                }
            }
        }
        if (failure != null) {
            throw new StorageException("The story was written (and is kept in the local cache) but could not be"
                    + " stored: " + failure.getMessage() + " Take it from unsavedStory().", failure, story);
        }
        if (listener != null) {
            listener.onComplete(story);
        }
        return story;
    }

    private static void progress(StoryListener listener, StoryProgress.Stage stage, StoryRequest request, String detail) {
        if (listener != null) {
            listener.onProgress(StoryProgress.of(stage, detail).withPages(0, request.pages()));
        }
    }

    /** @return the story the shared cache holds for the key, if there is one and it passes these checks */
    private Optional<Story> readSharedCache(String key, StoryRequest request, ChildData data) {
        if (sharedCache == SharedStoryCache.NONE) {
            return Optional.empty();
        }
        Optional<Story> cached;
        try {
            cached = storeWriter.call(StoreOperation.GET_CACHED_STORY, "read the shared cache",
                    () -> sharedCache.getCachedStory(key));
        } catch (StorageException e) {
            LOG.warn("Could not read the {} store's cache; continuing without it: {}", store.name(), e.getMessage());
            return Optional.empty();
        }
        // Another StoryWeave version may have written it, with checks that let through what these catch.
        return cached.flatMap(story -> generator.recheck(story, request, data));
    }

    /** Stops renewing leases, gives back any whose release failed (best effort), and writes the cache hits still gathered to the ledger. */
    @Override
    public void close() {
        leases.close();
        spendGuard.close();
    }

    private static Produced await(CompletableFuture<Produced> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryWeaveException("Interrupted while waiting for an identical story being written", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof StoryWeaveException s) {
                throw s;
            }
            throw new StoryWeaveException("An identical story being written failed: " + e.getCause(), e.getCause());
        }
    }
}
