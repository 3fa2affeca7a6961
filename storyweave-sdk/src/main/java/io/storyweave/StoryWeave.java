package io.storyweave;

import io.storyweave.internal.DaemonThreads;
import io.storyweave.internal.StoreViews;
import io.storyweave.internal.StoryEngine;
import io.storyweave.internal.TierResolver;
import io.storyweave.internal.Validate;
import io.storyweave.internal.observe.Observers;
import io.storyweave.internal.pipeline.ActiveModels;
import io.storyweave.internal.pipeline.Prices;
import io.storyweave.internal.plugin.PluginLoader;
import io.storyweave.internal.safety.SafetyChecks;
import io.storyweave.internal.spend.LocalSpendCounters;
import io.storyweave.internal.spend.SpendGuard;
import io.storyweave.internal.store.MemoryStoryStoreFactory;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderFactory;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.Resources;
import io.storyweave.spi.Secrets;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The StoryWeave client: writes personalised children's stories with a model provider, caches
 * and coalesces identical requests before paying for a model call, and keeps profiles and
 * stories in a store. Thread-safe; create one and share it, and close it when done.
 *
 * <pre>{@code
 * try (StoryWeave sw = StoryWeave.builder().tier(ModelTier.MEDIUM).build()) {
 *     Story s = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets"), 5);
 * }
 * }</pre>
 */
public final class StoryWeave implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoryWeave.class);

    private final StoryEngine engine;
    private final Profiles profiles;
    private final Stories stories;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final List<AutoCloseable> owned;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StoryWeave(StoryEngine engine, ExecutorService executor, boolean ownsExecutor, List<AutoCloseable> owned) {
        this.engine = engine;
        this.profiles = StoreViews.profiles(engine);
        this.stories = StoreViews.stories(engine);
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
        this.owned = owned;
    }

    /** @return a builder with sensible defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes (or serves from cache) a story.
     *
     * @param request what to write
     * @return the story, with the hero's name in place
     * @throws InvalidRequestException    bad input (nothing was sent)
     * @throws NotFoundException          {@code request.profileId()} names no profile (nothing was sent)
     * @throws ThrottledException         the model stayed throttled through every attempt
     * @throws ModelCallException         the model call failed for another reason
     * @throws StoryRejectedException     the output failed the checks twice, or a guardrail intervened
     * @throws StorageException           the story was written but not stored; it is in {@code unsavedStory()}
     */
    public Story createStory(StoryRequest request) {
        ensureOpen();
        return engine.createStory(Validate.notNull("request", request), List.of(), null);
    }

    /**
     * Convenience for the common case.
     *
     * @param neurotype the child's neurotype
     * @param age       3 to 12
     * @param theme     1 to 60 characters
     * @param interests 0 to 8 interests
     * @param pages     1 to 20 pages
     * @return the story
     */
    public Story createStory(Neurotype neurotype, int age, String theme, List<String> interests, int pages) {
        return createStory(StoryRequest.of(neurotype, age, theme, interests, pages));
    }

    /**
     * Writes a story for a stored profile, taking age, neurotypes, interests and needs from it.
     * The story is saved to the profile's library.
     *
     * @param profileId the profile
     * @param options   theme, pages and optional hero name
     * @return the story
     * @throws NotFoundException when the profile does not exist
     */
    public Story createStory(String profileId, StoryOptions options) {
        ensureOpen();
        return engine.createStory(Validate.requiredText("profileId", profileId, 1, 128),
                Validate.notNull("options", options), null);
    }

    /**
     * Like {@link #createStory(StoryRequest)} but on StoryWeave's executor.
     *
     * @param request what to write
     * @return a future completing with the story or one of StoryWeave's exceptions
     */
    public CompletableFuture<Story> createStoryAsync(StoryRequest request) {
        ensureOpen();
        Validate.notNull("request", request);
        return CompletableFuture.supplyAsync(() -> engine.createStory(request, List.of(), null), executor);
    }

    /**
     * Writes a story and keeps {@code listener} informed: progress while the model writes
     * ("writing page 2 of 5"), while the checks and the review run, and if a draft is rewritten;
     * then the pages, and only once the whole story has passed every check, so no text that is
     * later rejected is ever shown. The returned story is the same as the non-streaming one,
     * cached and stored the same way.
     *
     * @param request  what to write
     * @param listener receives progress, then the accepted pages, then the story
     * @return the story
     */
    public Story createStoryStreaming(StoryRequest request, StoryListener listener) {
        ensureOpen();
        return engine.createStory(Validate.notNull("request", request), List.of(), Validate.notNull("listener", listener));
    }

    /**
     * Like {@link #createStoryStreaming(StoryRequest, StoryListener)} for a stored profile, taking
     * age, neurotypes, interests and needs from it.
     *
     * @param profileId the profile
     * @param options   theme, pages and optional hero name
     * @param listener  receives progress, then the accepted pages, then the story
     * @return the story
     * @throws NotFoundException when the profile does not exist
     */
    public Story createStoryStreaming(String profileId, StoryOptions options, StoryListener listener) {
        ensureOpen();
        return engine.createStory(Validate.requiredText("profileId", profileId, 1, 128),
                Validate.notNull("options", options), Validate.notNull("listener", listener));
    }

    /** @return child profiles in the configured store */
    public Profiles profiles() {
        ensureOpen();
        return profiles;
    }

    /** @return stories in the configured store */
    public Stories stories() {
        ensureOpen();
        return stories;
    }

    /**
     * The spend ledger of the last 90 UTC days: every paid model
     * call (story, corrective rewrite, review) and every cache hit with what it saved. With a store
     * that keeps spend (DynamoDB) it covers every client on the same tables, across runs; with the
     * memory store, this process.
     *
     * @return the usage of every profile over the 90 days the ledger keeps
     * @throws StorageException when the store cannot be read
     */
    public UsageSummary usage() {
        return usage(null, null);
    }

    /**
     * @param since     the first UTC day, or {@code null} for as far back as the ledger keeps (90 days;
     *                  an earlier day is read from the oldest day kept, which {@link UsageSummary#from()} shows)
     * @param profileId only this profile's calls and cache hits, or {@code null} for all
     * @return the ledger from {@code since} to today (UTC)
     * @throws InvalidRequestException when {@code since} is in the future
     * @throws StorageException        when the store cannot be read
     */
    public UsageSummary usage(LocalDate since, String profileId) {
        ensureOpen();
        SpendGuard guard = engine.spendGuard();
        LocalDate today = guard.today();
        LocalDate oldestKept = today.minusDays(LocalSpendCounters.KEPT_DAYS - 1L);
        LocalDate from = since == null || since.isBefore(oldestKept) ? oldestKept : since;
        if (from.isAfter(today)) {
            throw new InvalidRequestException("since", "since is after today (UTC " + today + "): " + since
                    + "; give a past day, e.g. " + today.minusDays(7));
        }
        String profile = Validate.optionalText("profileId", profileId, 1, 128);
        try {
            return guard.usage(from, today, profile);
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StorageException("Could not read the spend ledger from the " + storeName() + " store: "
                    + e.getMessage(), e);
        }
    }

    /** @return the tier this client uses */
    public ModelTier tier() {
        return engine.model().tier();
    }

    /**
     * @return the model id (or inference profile) stories are written with: the one configured for
     *         this client's tier, or the one the provider fell back to when that could not be used
     */
    public String modelId() {
        return engine.model().modelId();
    }

    /** @return the tier whose model reviews each draft, or empty when the model review is off */
    public java.util.Optional<ModelTier> reviewTier() {
        return java.util.Optional.ofNullable(engine.reviewModel()).map(ModelHandle::tier);
    }

    /** @return the name of the provider in use, e.g. {@code bedrock} */
    public String providerName() {
        return engine.provider().name();
    }

    /** @return the name of the store in use, e.g. {@code memory} */
    public String storeName() {
        return engine.store().name();
    }

    /**
     * Closes the provider, store and executor this client created, after one last try to give back
     * any cross-instance lease whose release failed. Instances passed to the builder are left open.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (ownsExecutor) {
            executor.shutdown();
        }
        // Before the store closes: the engine may still have leases to give back to it.
        engine.close();
        Resources.closeAll("StoryWeave", owned);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new StoryWeaveException("This StoryWeave client is closed; build a new one with StoryWeave.builder()");
        }
    }

    /** Configures and builds a {@link StoryWeave}; {@link #build()} checks everything. */
    public static final class Builder {
        private static final String PROVIDER_PROPERTY = "storyweave.provider";
        private static final String STORE_PROPERTY = "storyweave.store";

        private ModelTier tier;
        private String providerName;
        private ModelProvider provider;
        private String storeName;
        private StoryStore store;
        private CacheOptions cacheOptions = CacheOptions.defaults();
        private RetryOptions retryOptions = RetryOptions.defaults();
        private ReviewOptions reviewOptions = ReviewOptions.defaults();
        private Budget budget = Budget.none();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, ModelPrice> prices = new HashMap<>();
        private final List<StoryWeaveObserver> observers = new java.util.ArrayList<>();
        private ExecutorService executor;
        private int maxConcurrency = 64;
        private String defaultHeroName = "Sam";
        private Clock clock = Clock.systemUTC();
        private ClassLoader classLoader;
        private Map<String, String> environment;

        private Builder() {
        }

        /**
         * @param value the tier; overrides {@code storyweave.tier} and {@code AWS_BEDROCK_MODEL_TIER}
         * @return this
         */
        public Builder tier(ModelTier value) {
            tier = Validate.notNull("tier", value);
            return this;
        }

        /**
         * @param name a discovered provider's name, e.g. {@code bedrock}
         * @return this
         */
        public Builder provider(String name) {
            providerName = name;
            return this;
        }

        /**
         * @param value a provider instance; it is not closed by {@link StoryWeave#close()}
         * @return this
         */
        public Builder provider(ModelProvider value) {
            provider = value;
            return this;
        }

        /**
         * @param name a discovered store's name, e.g. {@code memory} or {@code dynamodb}
         * @return this
         */
        public Builder store(String name) {
            storeName = name;
            return this;
        }

        /**
         * @param value a store instance; it is not closed by {@link StoryWeave#close()}
         * @return this
         */
        public Builder store(StoryStore value) {
            store = value;
            return this;
        }

        /**
         * @param value cache options
         * @return this
         */
        public Builder cache(CacheOptions value) {
            cacheOptions = Validate.notNull("cache", value);
            return this;
        }

        /**
         * @param value retry options
         * @return this
         */
        public Builder retry(RetryOptions value) {
            retryOptions = Validate.notNull("retry", value);
            return this;
        }

        /**
         * The model review pass (see {@link ReviewOptions}): on by default when the provider
         * recommends it, with the cheap tier's model.
         *
         * @param value {@link ReviewOptions#off()}, {@link ReviewOptions#on(ModelTier)} or the defaults
         * @return this
         */
        public Builder review(ReviewOptions value) {
            reviewOptions = Validate.notNull("review", value);
            return this;
        }

        /**
         * Limits on estimated spend (see {@link Budget}); none by default. A limit needs the price
         * of the models it counts: {@link #build()} refuses a budget when the provider gives no
         * price and none was set with {@link #price}.
         *
         * @param value the limits, e.g. {@code Budget.builder().maxPerStory("0.10").maxPerDay("20").build()}
         * @return this
         */
        public Builder budget(Budget value) {
            budget = Validate.notNull("budget", value);
            return this;
        }

        /**
         * A setting handed to plugin factories (and read before system properties and environment).
         *
         * @param key   e.g. {@code storyweave.bedrock.region}
         * @param value the value
         * @return this
         */
        public Builder property(String key, String value) {
            properties.put(Validate.notNull("key", key), value);
            return this;
        }

        /**
         * Overrides the price of a model (or inference profile) for cost estimates.
         *
         * @param modelId the id as the provider reports it, or the foundation model id
         * @param price   dollars per million tokens
         * @return this
         */
        public Builder price(String modelId, ModelPrice price) {
            prices.put(Validate.notNull("modelId", modelId), Validate.notNull("price", price));
            return this;
        }

        /**
         * Adds an observer that hears every story, model call, retry, rejected draft, cache lookup and store call
         * (see {@link StoryWeaveObserver}); call again to add more. An observer that throws is logged once and
         * ignored. The {@code storyweave-micrometer} module has one for Micrometer metrics and tracing.
         *
         * @param value the observer
         * @return this
         */
        public Builder observer(StoryWeaveObserver value) {
            observers.add(Validate.notNull("observer", value));
            return this;
        }

        /**
         * @param value runs {@link StoryWeave#createStoryAsync}; not shut down on close
         * @return this
         */
        public Builder executor(ExecutorService value) {
            executor = value;
            return this;
        }

        /**
         * @param value threads of the default async executor (default 64)
         * @return this
         */
        public Builder maxConcurrency(int value) {
            maxConcurrency = Validate.range("maxConcurrency", value, 1, 4096);
            return this;
        }

        /**
         * @param value the hero's name when a request names none (default "Sam")
         * @return this
         */
        public Builder defaultHeroName(String value) {
            defaultHeroName = HeroName.check(Validate.notNull("defaultHeroName", value));
            return this;
        }

        /**
         * @param value the clock for timestamps and cache expiry (for tests)
         * @return this
         */
        public Builder clock(Clock value) {
            clock = Validate.notNull("clock", value);
            return this;
        }

        /**
         * @param value where plugins are discovered (default: this class's loader)
         * @return this
         */
        public Builder classLoader(ClassLoader value) {
            classLoader = value;
            return this;
        }

        /**
         * Reads configuration from this map instead of the process environment (for tests and sandboxes).
         *
         * @param value environment variables
         * @return this
         */
        public Builder environment(Map<String, String> value) {
            environment = Map.copyOf(value);
            return this;
        }

        /**
         * Checks the configuration as {@link #build()} would use it, without writing anything or
         * creating a story: the tier, then the chosen provider's and store's own checks (credentials,
         * identity, region, each model's access, guardrail, tables, time to live). Every check is
         * reported, each as soon as it is known, and a problem is a FAIL line with its fix rather
         * than an exception, so the whole list is always shown. This is what {@code storyweave doctor}
         * prints.
         *
         * @param moreTiers tiers whose models to check besides the client's tier and the review's
         * @param report    receives each finding
         * @return whether nothing failed
         */
        public boolean diagnose(List<ModelTier> moreTiers, Consumer<Diagnostic> report) {
            Validate.notNull("moreTiers", moreTiers);
            Validate.notNull("report", report);
            boolean[] failed = {false};
            Consumer<Diagnostic> sink = d -> {
                failed[0] |= d.status() == Diagnostic.Status.FAIL;
                report.accept(new Diagnostic(d.status(), d.topic(), Secrets.redact(d.message())));
            };
            PluginConfig config = config();
            ClassLoader loader = classLoader != null ? classLoader : StoryWeave.class.getClassLoader();
            java.util.LinkedHashSet<ModelTier> tiers = new java.util.LinkedHashSet<>();
            try {
                ModelTier resolvedTier = TierResolver.resolve(tier, config);
                tiers.add(resolvedTier);
                sink.accept(Diagnostic.ok("tier", resolvedTier.name().toLowerCase(java.util.Locale.ROOT)));
                config = config.withTier(resolvedTier);
            } catch (StoryWeaveException e) {
                sink.accept(Diagnostic.fail("tier", e.getMessage()));
            }
            if (reviewOptions.runs(true)) {
                tiers.add(reviewOptions.tier());
            }
            tiers.addAll(moreTiers);
            PluginConfig resolved = config;
            try {
                ModelProviderFactory factory = providerFactory(config, loader);
                runCheck(factory.name() + " provider", sink, () -> factory.diagnose(resolved, List.copyOf(tiers), sink));
            } catch (StoryWeaveException e) {
                sink.accept(provider != null ? Diagnostic.warn("provider", "the " + provider.name() + " provider was"
                        + " passed to the builder and no factory of that name is on the class path, so it has no"
                        + " self-checks") : Diagnostic.fail("provider", e.getMessage()));
            }
            try {
                StoryStoreFactory factory = storeFactory(config, loader);
                runCheck(factory.name() + " store", sink, () -> factory.diagnose(resolved, sink));
            } catch (StoryWeaveException e) {
                sink.accept(store != null ? Diagnostic.warn("store", "the " + store.name() + " store was passed to"
                        + " the builder and no factory of that name is on the class path, so it has no self-checks")
                        : Diagnostic.fail("store", e.getMessage()));
            }
            return !failed[0];
        }

        private static void runCheck(String what, Consumer<Diagnostic> sink, Runnable check) {
            try {
                check.run();
            } catch (RuntimeException e) {
                // A plugin's self-check must not end the list; its failure is one more line.
                sink.accept(Diagnostic.fail(what, "the self-check stopped: " + e));
            }
        }

        private PluginConfig config() {
            return environment == null ? PluginConfig.of(properties)
                    : new PluginConfig(properties, environment::get, System::getProperty);
        }

        /**
         * Checks the configuration and creates the client.
         *
         * @return a ready client
         * @throws StoryWeaveConfigException naming the problem and the fix
         */
        public StoryWeave build() {
            PluginConfig config = config();
            ModelTier resolvedTier = TierResolver.resolve(tier, config);
            config = config.withTier(resolvedTier);
            ClassLoader loader = classLoader != null ? classLoader : StoryWeave.class.getClassLoader();
            // The safety checks need WordNet and their rules; loading them from here, beside the plugins'
            // start (a provider found on the class path builds its AWS clients now) and the first model
            // call, keeps them off the first story's critical path.
            SafetyChecks.preload();
            List<AutoCloseable> owned = new java.util.ArrayList<>();
            try {
                ModelProvider chosenProvider = provider != null ? provider : createProvider(config, loader);
                if (provider == null) {
                    owned.add(chosenProvider);
                }
                StoryStore chosenStore = store != null ? store : createStore(config, loader);
                if (store == null) {
                    owned.add(chosenStore);
                }
                ModelHandle storyModel = resolve(chosenProvider, resolvedTier, "the tier " + resolvedTier,
                        "configure one for that tier or choose another with tier(...)");
                ModelTier reviewTier = reviewOptions.runs(chosenProvider.reviewByDefault()) ? reviewOptions.tier() : null;
                ModelHandle reviewModel = reviewTier == null ? null : resolve(chosenProvider, reviewTier,
                        "the review tier " + reviewTier, "configure one, choose another tier with"
                                + " review(ReviewOptions.on(tier)), or turn the review off with review(ReviewOptions.off())");
                boolean ownsExecutor = executor == null;
                ExecutorService exec = ownsExecutor ? defaultExecutor(maxConcurrency) : executor;
                Prices knownPrices = new Prices(prices);
                requirePrices(knownPrices, storyModel, reviewModel);
                StoryEngine engine = new StoryEngine(chosenProvider, chosenStore, new ActiveModels(storyModel, reviewModel),
                        cacheOptions, retryOptions, knownPrices, defaultHeroName, clock,
                        new SpendGuard(budget, knownPrices, chosenStore, clock), Observers.of(observers));
                LOG.debug("StoryWeave ready: provider {}, tier {} ({}), store {}", chosenProvider.name(), resolvedTier,
                        storyModel.modelId(), chosenStore.name());
                return new StoryWeave(engine, exec, ownsExecutor, owned);
            } catch (RuntimeException e) {
                Resources.closeAfterFailure(owned, e);
                throw e instanceof StoryWeaveException ? e
                        : new StoryWeaveConfigException("StoryWeave could not start: " + e.getMessage(), e);
            }
        }

        /** A budget cannot count a call whose price it does not know. */
        private void requirePrices(Prices known, ModelHandle... models) {
            if (!budget.limitsAnything()) {
                return;
            }
            for (ModelHandle model : models) {
                if (model != null && known.cost(model, model.modelId(), TokenUsage.ZERO) == null) {
                    throw new StoryWeaveConfigException("A budget is set but the price of " + model.modelId()
                            + " (tier " + model.tier() + ") is unknown, so its calls could not be counted; set it with"
                            + " price(\"" + model.modelId() + "\", ModelPrice.of(\"<input $/M>\", \"<output $/M>\"))");
                }
            }
        }

        /** Asks the provider once; every call, cache key and price after this uses the handle. */
        private static ModelHandle resolve(ModelProvider provider, ModelTier tier, String what, String fix) {
            ModelHandle handle = provider.model(tier);
            if (handle == null) {
                throw new StoryWeaveConfigException("The " + provider.name() + " provider has no model for " + what
                        + "; " + fix);
            }
            if (handle.tier() != tier) {
                throw new StoryWeaveConfigException("The " + provider.name() + " provider answered the tier " + tier
                        + " with a model for the tier " + handle.tier() + " (" + handle.modelId() + "); this is a bug in"
                        + " the provider, report it to its authors");
            }
            return handle;
        }

        private String configured(String fromBuilder, PluginConfig config, String key) {
            return fromBuilder != null && !fromBuilder.isBlank() ? fromBuilder : config.get(key).orElse(null);
        }

        private ModelProvider createProvider(PluginConfig config, ClassLoader loader) {
            return providerFactory(config, loader).create(config);
        }

        /** The factory of the provider to use; for an instance passed in, the discovered factory of that name. */
        private ModelProviderFactory providerFactory(PluginConfig config, ClassLoader loader) {
            List<ModelProviderFactory> found = PluginLoader.discover(ModelProviderFactory.class, loader);
            String wanted = provider != null ? provider.name() : configured(providerName, config, PROVIDER_PROPERTY);
            return PluginLoader.choose("model provider", wanted, found, ModelProviderFactory::name,
                    "the artifact io.storyweave:storyweave-provider-bedrock",
                    "builder.provider(\"name\"), system property " + PROVIDER_PROPERTY + " or STORYWEAVE_PROVIDER");
        }

        private StoryStore createStore(PluginConfig config, ClassLoader loader) {
            return storeFactory(config, loader).create(config);
        }

        /** The factory of the store to use; for an instance passed in, the discovered factory of that name. */
        private StoryStoreFactory storeFactory(PluginConfig config, ClassLoader loader) {
            List<StoryStoreFactory> found = PluginLoader.discover(StoryStoreFactory.class, loader);
            String wanted = store != null ? store.name() : configured(storeName, config, STORE_PROPERTY);
            if (wanted == null) {
                // The embedded store is the fallback; a single added store plugin is what the user meant.
                List<StoryStoreFactory> external = found.stream()
                        .filter(f -> !f.name().equals(MemoryStoryStoreFactory.NAME)).toList();
                if (external.size() > 1) {
                    PluginLoader.choose("store", null, external, StoryStoreFactory::name, "", "builder.store(\"name\"),"
                            + " system property " + STORE_PROPERTY + " or STORYWEAVE_STORE");
                }
                wanted = external.size() == 1 ? external.get(0).name() : MemoryStoryStoreFactory.NAME;
            }
            return PluginLoader.choose("store", wanted, found, StoryStoreFactory::name,
                    "the artifact io.storyweave:storyweave-store-dynamodb",
                    "builder.store(\"name\"), system property " + STORE_PROPERTY + " or STORYWEAVE_STORE");
        }

        private static ExecutorService defaultExecutor(int threads) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), DaemonThreads.numbered("storyweave-"));
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
