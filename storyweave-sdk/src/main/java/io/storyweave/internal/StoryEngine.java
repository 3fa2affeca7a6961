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
import io.storyweave.StoryWeaveException;
import io.storyweave.internal.cache.CacheKeys;
import io.storyweave.internal.cache.LocalStoryCache;
import io.storyweave.internal.pipeline.ActiveModels;
import io.storyweave.internal.pipeline.ModelCaller;
import io.storyweave.internal.pipeline.Personalizer;
import io.storyweave.internal.pipeline.Prices;
import io.storyweave.internal.pipeline.StoryGenerator;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Answers story requests as cheaply as possible: level-1 cache, level-2 (store) cache, joining an
 * identical call already in flight in this process, a cross-instance lease so other instances
 * wait instead of paying again, and only then the model. Every paid story is kept locally before
 * any store write, so a failing store never loses it.
 */
public final class StoryEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoryEngine.class);

    private final ModelProvider provider;
    private final StoryStore store;
    private final SharedStoryCache sharedCache;
    private final ActiveModels models;
    private final CacheOptions cacheOptions;
    private final LocalStoryCache localCache;
    private final StoryGenerator generator;
    private final Personalizer personalizer;
    private final StoreWriter storeWriter;
    private final Clock clock;
    private final StoreLeases leases;
    private final ConcurrentHashMap<String, CompletableFuture<Produced>> inFlight = new ConcurrentHashMap<>();

    /** A template story and how this instance got it; {@code storeFailure} is set when publishing it failed. */
    private record Produced(Story template, StorySource source, StorageException storeFailure) {
    }

    /**
     * @param provider the model provider
     * @param store    the store
     * @param models   the story's and the review's models, resolved when the client was built
     */
    public StoryEngine(ModelProvider provider, StoryStore store, ActiveModels models, CacheOptions cacheOptions,
                       RetryOptions retryOptions, Prices prices, String defaultHeroName, Clock clock) {
        this.provider = provider;
        this.store = store;
        this.sharedCache = store.sharedCache();
        this.models = models;
        this.cacheOptions = cacheOptions;
        this.clock = clock;
        this.localCache = new LocalStoryCache(cacheOptions);
        this.generator = new StoryGenerator(new ModelCaller(provider, retryOptions), provider, RuleBook.standard(),
                prices, clock, models);
        this.personalizer = new Personalizer(defaultHeroName);
        this.storeWriter = new StoreWriter(retryOptions, store.name());
        this.leases = new StoreLeases(sharedCache, store.name(), cacheOptions);
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
        if (request.profileId() != null) {
            // Before anything is paid for: the story could not be kept in a library that does not exist.
            requireProfile(request.profileId());
        }
        return answer(request, otherNames, listener);
    }

    private Story answer(StoryRequest request, List<String> otherNames, StoryListener listener) {
        ChildData data = ChildData.of(request, otherNames);
        String key = cacheKey(request, data);
        boolean useCache = cacheOptions.enabled() && !request.fresh();
        if (useCache) {
            Optional<Story> local = localCache.get(key);
            if (local.isPresent()) {
                return finish(new Produced(local.get(), StorySource.LOCAL_CACHE, null), request, listener);
            }
            Optional<Story> shared = readSharedCache(key);
            if (shared.isPresent()) {
                localCache.put(key, shared.get());
                return finish(new Produced(shared.get(), StorySource.STORE_CACHE, null), request, listener);
            }
        }
        if (request.fresh()) {
            return finish(produce(key, request, data, listener, false), request, listener);
        }
        CompletableFuture<Produced> mine = new CompletableFuture<>();
        CompletableFuture<Produced> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            progress(listener, StoryProgress.Stage.WAITING, request, "the same story is being written for another caller");
            Produced joined = await(running);
            StorySource source = joined.source() == StorySource.MODEL ? StorySource.LOCAL_CACHE : joined.source();
            return finish(new Produced(joined.template(), source, null), request, listener);
        }
        Produced produced;
        try {
            // Without a shared cache there is nobody in another instance to coordinate with.
            produced = produce(key, request, data, listener, useCache && sharedCache != SharedStoryCache.NONE);
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
        ChildProfile profile = requireProfile(profileId);
        return answer(StoryRequest.forProfile(profile, options), List.of(profile.displayName()), listener);
    }

    private ChildProfile requireProfile(String profileId) {
        return storeWriter.call("read profile " + profileId, () -> store.profiles().getProfile(profileId))
                .orElseThrow(() -> new NotFoundException("profileId", "No profile with id " + profileId
                        + " exists. List profiles with profiles().list(...) or create one first."));
    }

    private Produced produce(String key, StoryRequest request, ChildData data, StoryListener listener, boolean coordinate) {
        StoreLeases.Lease lease;
        if (coordinate) {
            StoreLeases.Turn turn = leases.claim(key, () -> readSharedCache(key),
                    reason -> progress(listener, StoryProgress.Stage.WAITING, request, reason));
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
            String writtenKey = cacheKey(request, data);
            if (cacheOptions.enabled()) {
                // With the cache off nothing ever reads level 1: filling it would only cost CPU and heap.
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

    private void publish(String key, Story template) {
        storeWriter.write("cache story " + template.id(), () -> {
            sharedCache.putCachedStory(key, template, cacheOptions.storeTtl());
            store.stories().putStory(personalizer.apply(template, template.request(), template.id(), StorySource.MODEL));
        });
    }

    /** Personalises for this caller, writes the caller's own record if it has one, reports to the listener. */
    private Story finish(Produced produced, StoryRequest request, StoryListener listener) {
        Story template = produced.template();
        boolean ownRecord = request.profileId() != null || request.heroName() != null;
        String id = ownRecord ? UUID.randomUUID().toString() : template.id();
        Story story = personalizer.apply(template, request, id, produced.source());
        if (listener != null) {
            // Only now, with every check passed, does any text reach the listener.
            for (int i = 0; i < story.pages().size(); i++) {
                listener.onPage(i + 1, story.pages().get(i));
            }
        }
        StorageException failure = produced.storeFailure();
        if (ownRecord) {
            try {
                storeWriter.write("save story " + id, () -> store.stories().putStory(story));
            } catch (StorageException e) {
                failure = e;
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
            listener.onProgress(new StoryProgress(stage, 0, 0, request.pages(), detail));
        }
    }

    private Optional<Story> readSharedCache(String key) {
        if (sharedCache == SharedStoryCache.NONE) {
            return Optional.empty();
        }
        try {
            return storeWriter.call("read the shared cache", () -> sharedCache.getCachedStory(key));
        } catch (StorageException e) {
            LOG.warn("Could not read the {} store's cache; continuing without it: {}", store.name(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Stops renewing leases and gives back any whose release failed (best effort). */
    @Override
    public void close() {
        leases.close();
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
