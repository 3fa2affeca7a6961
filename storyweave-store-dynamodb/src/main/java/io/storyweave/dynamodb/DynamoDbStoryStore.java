package io.storyweave.dynamodb;

import io.storyweave.ConflictException;
import io.storyweave.NotFoundException;
import io.storyweave.StorageException;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.internal.AwsFailures;
import io.storyweave.dynamodb.internal.CacheTable;
import io.storyweave.dynamodb.internal.Clients;
import io.storyweave.dynamodb.internal.ProfileTable;
import io.storyweave.dynamodb.internal.SpendTable;
import io.storyweave.dynamodb.internal.StoreCalls;
import io.storyweave.dynamodb.internal.StoreSettings;
import io.storyweave.dynamodb.internal.StorySweep;
import io.storyweave.dynamodb.internal.StoryTable;
import io.storyweave.dynamodb.internal.TableAdmin;
import io.storyweave.dynamodb.internal.TimeToLive;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@link StoryStore} on three DynamoDB tables: profiles, stories (with an index listing a
 * profile's stories newest first) and a shared cache that also holds the cross-instance leases.
 * Every write that must not clobber is a conditional write; no transactions are used, so it
 * works on every DynamoDB-compatible endpoint. Thread-safe. Its facets, {@link #profiles()},
 * {@link #stories()}, {@link #sharedCache()} and {@link #spendCounters()} (also in the cache
 * table), each work on one table; this class assembles them and administers the tables ({@link #ensureTables()}, {@link #tableStatus()}).
 *
 * <pre>{@code
 * DynamoDbStoryStore store = DynamoDbStoryStore.builder()
 *         .region("eu-west-1")
 *         .tablePrefix("prod-")
 *         .createTablesIfMissing(true)
 *         .build();
 * StoryWeave sw = StoryWeave.builder().store(store).build();
 * }</pre>
 *
 * <p>Every failure is a {@link StorageException} (or {@link ConflictException},
 * {@link NotFoundException}) saying what failed and what to do; AWS SDK exceptions never escape.
 *
 * <p>Retries: the clients this store builds have the AWS SDK's own retries off, because the
 * StoryWeave core retries store writes itself (with the user's {@link io.storyweave.RetryOptions})
 * and because a blind SDK retry of a conditional write whose first attempt did land would report
 * a false conflict. Reads are retried here, up to three attempts, but only when DynamoDB itself
 * asks for it (throttling, 5xx): the core does not retry reads, and a throttled read would
 * otherwise fail a request for nothing. Network failures are not retried so a dead endpoint fails
 * within one short per-attempt timeout. A {@link DynamoDbClient} passed to the builder keeps its
 * own retry settings.
 */
public final class DynamoDbStoryStore implements StoryStore {
    /** The store's name, as selected with {@code storyweave.store=dynamodb}. */
    public static final String NAME = "dynamodb";
    /** Default profiles table name. */
    public static final String DEFAULT_PROFILES_TABLE = StoreSettings.DEFAULT_PROFILES_TABLE;
    /** Default stories table name. */
    public static final String DEFAULT_STORIES_TABLE = StoreSettings.DEFAULT_STORIES_TABLE;
    /** Default cache table name. */
    public static final String DEFAULT_CACHE_TABLE = StoreSettings.DEFAULT_CACHE_TABLE;
    /** Prepended to every table name, default or mapped. */
    public static final String KEY_TABLE_PREFIX = StoreSettings.KEY_TABLE_PREFIX;
    /** Profiles table name (before the prefix). */
    public static final String KEY_PROFILES_TABLE = StoreSettings.KEY_PROFILES_TABLE;
    /** Stories table name (before the prefix). */
    public static final String KEY_STORIES_TABLE = StoreSettings.KEY_STORIES_TABLE;
    /** Cache table name (before the prefix). */
    public static final String KEY_CACHE_TABLE = StoreSettings.KEY_CACHE_TABLE;
    /** {@code true} to create missing tables when the store starts. */
    public static final String KEY_CREATE_TABLES = StoreSettings.KEY_CREATE_TABLES;
    /** AWS region, when not from the standard chain. */
    public static final String KEY_REGION = "storyweave.dynamodb.region";
    /** Endpoint URL, when not from {@code AWS_ENDPOINT_URL_DYNAMODB} or the standard endpoint. */
    public static final String KEY_ENDPOINT = "storyweave.dynamodb.endpoint";
    /**
     * The attribute the cache table's DynamoDB time to live is on (default {@code expiresAt}). Set
     * it to keep a TTL attribute your table already has: StoryWeave then writes that attribute on
     * its cache items too.
     */
    public static final String KEY_TTL_ATTRIBUTE = TimeToLive.KEY_ATTRIBUTE;
    /** Per-attempt timeout of each DynamoDB call (seconds or ISO-8601). */
    public static final String KEY_TIMEOUT = StoreSettings.KEY_TIMEOUT;
    /** Default per-attempt timeout: DynamoDB answers in milliseconds, so a few seconds means it is unreachable. */
    public static final Duration DEFAULT_TIMEOUT = StoreSettings.DEFAULT_TIMEOUT;

    private final Clients.Connection connection;
    private final StoreSettings settings;
    private final TableAdmin admin;
    private final ProfileTable profiles;
    private final StoryTable stories;
    private final CacheTable cache;
    private final SpendTable spend;

    private DynamoDbStoryStore(Clients.Connection connection, StoreSettings settings, Clock clock) {
        this.connection = connection;
        this.settings = settings;
        AwsFailures failures = new AwsFailures(connection.where());
        StoreCalls calls = new StoreCalls(connection.client(), failures);
        this.admin = new TableAdmin(connection.client(), settings.tables(), failures, settings.tableWaitTimeout());
        this.profiles = new ProfileTable(calls, settings.profiles(), new StorySweep(calls, settings.stories()), clock);
        this.stories = new StoryTable(calls, settings.stories(), profiles);
        this.cache = new CacheTable(calls, settings.cache(), clock);
        this.spend = new SpendTable(calls, settings.cache());
    }

    /** @return a builder; settings not given fall back to system properties and environment variables */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the profiles, in the profiles table */
    @Override
    public ProfileStore profiles() {
        return profiles;
    }

    /** @return the stories, in the stories table and its index of each profile's library */
    @Override
    public StoryLibrary stories() {
        return stories;
    }

    /** @return the cached stories and leases, in the cache table */
    @Override
    public SharedStoryCache sharedCache() {
        return cache;
    }

    /**
     * @return the spend ledger and daily totals, as atomic counters in the cache table (items
     *         {@code spend#...}, kept 90 days), shared by every instance on the same tables
     */
    @Override
    public SpendCounters spendCounters() {
        return spend;
    }

    /** @return the profiles table name in use */
    public String profilesTable() {
        return settings.profiles().name();
    }

    /** @return the stories table name in use */
    public String storiesTable() {
        return settings.stories().name();
    }

    /** @return the cache table name in use */
    public String cacheTable() {
        return settings.cache().name();
    }

    /** @return where this store connects, e.g. {@code region us-east-1, endpoint http://127.0.0.1:8000} */
    public String location() {
        return connection.where();
    }

    /**
     * Creates the tables that are missing (on-demand billing; the cache table gets TTL on its TTL
     * attribute, {@code expiresAt} unless {@link #KEY_TTL_ATTRIBUTE} names another, where the
     * endpoint supports it) and waits until all are ACTIVE. Safe to call from several instances at
     * once, also while another instance is turning TTL on.
     *
     * @return the names of the tables created now (empty when all existed)
     * @throws StorageException          when DynamoDB fails
     * @throws StoryWeaveConfigException when an existing table has keys StoryWeave cannot use, or the
     *                                   cache table's TTL is already on another attribute (the message
     *                                   says how to keep it or switch it)
     */
    public List<String> ensureTables() {
        return admin.ensure();
    }

    /**
     * Describes each table without changing anything.
     *
     * @return profiles, stories and cache table states, in that order
     * @throws StorageException when DynamoDB cannot be reached
     */
    public List<DynamoDbTableStatus> tableStatus() {
        return admin.status();
    }

    /**
     * Checks the tables exist, have the right keys, and that the cache table's TTL (if on) is on
     * StoryWeave's TTL attribute.
     *
     * @throws StoryWeaveConfigException naming each missing or unusable table, similar existing tables, and the fix
     */
    public void verifyTables() {
        try {
            admin.verify();
        } catch (StorageException e) {
            throw new StoryWeaveConfigException("Could not check the DynamoDB tables: " + e.getMessage(), e);
        }
    }

    /** Closes the client and credentials this store created; a client passed to the builder stays open. */
    @Override
    public void close() {
        connection.close();
    }

    /**
     * Configures a {@link DynamoDbStoryStore}. Each setting not given here is read from the
     * {@link PluginConfig} ({@link #config}), i.e. builder property, then system property
     * ({@code storyweave.dynamodb.*}), then environment variable ({@code STORYWEAVE_DYNAMODB_*}).
     */
    public static final class Builder {
        private DynamoDbClient client;
        private String region;
        private URI endpointOverride;
        private AwsCredentialsProvider credentialsProvider;
        private String tablePrefix;
        private String profilesTable;
        private String storiesTable;
        private String cacheTable;
        private String ttlAttribute;
        private Boolean createTablesIfMissing;
        private boolean checkTables = true;
        private Duration timeout;
        private Duration tableWaitTimeout;
        private Clock clock = Clock.systemUTC();
        private PluginConfig config;

        private Builder() {
        }

        /**
         * @param value a client to use; the store does not close it, and region, endpoint,
         *              credentials and timeout settings are then ignored
         * @return this
         */
        public Builder client(DynamoDbClient value) {
            client = value;
            return this;
        }

        /**
         * @param value AWS region, e.g. {@code eu-west-1} (default: {@code storyweave.dynamodb.region}, then the AWS chain)
         * @return this
         */
        public Builder region(String value) {
            region = value;
            return this;
        }

        /**
         * @param value endpoint URL, e.g. a local DynamoDB (default: {@code storyweave.dynamodb.endpoint}, then {@code AWS_ENDPOINT_URL_DYNAMODB})
         * @return this
         */
        public Builder endpointOverride(URI value) {
            endpointOverride = value;
            return this;
        }

        /**
         * @param value credentials (default: the AWS default chain); not closed by the store
         * @return this
         */
        public Builder credentialsProvider(AwsCredentialsProvider value) {
            credentialsProvider = value;
            return this;
        }

        /**
         * @param value prepended to every table name, e.g. {@code prod-} (default none)
         * @return this
         */
        public Builder tablePrefix(String value) {
            tablePrefix = value;
            return this;
        }

        /**
         * @param value profiles table name before the prefix (default {@code StoryWeave-Profiles})
         * @return this
         */
        public Builder profilesTable(String value) {
            profilesTable = value;
            return this;
        }

        /**
         * @param value stories table name before the prefix (default {@code StoryWeave-Stories})
         * @return this
         */
        public Builder storiesTable(String value) {
            storiesTable = value;
            return this;
        }

        /**
         * @param value cache table name before the prefix (default {@code StoryWeave-Cache})
         * @return this
         */
        public Builder cacheTable(String value) {
            cacheTable = value;
            return this;
        }

        /**
         * @param value the attribute the cache table's DynamoDB time to live is on (default {@code expiresAt});
         *              name the one your table's TTL already uses to keep it, and StoryWeave writes it too
         * @return this
         */
        public Builder ttlAttribute(String value) {
            ttlAttribute = value;
            return this;
        }

        /**
         * @param value create missing tables in {@link #build()} (default false: a missing table is an error)
         * @return this
         */
        public Builder createTablesIfMissing(boolean value) {
            createTablesIfMissing = value;
            return this;
        }

        /**
         * @param value whether {@link #build()} checks (or, with {@link #createTablesIfMissing}, creates)
         *              the tables (default true); turn off for tools that report or create tables themselves
         * @return this
         */
        public Builder checkTables(boolean value) {
            checkTables = value;
            return this;
        }

        /**
         * @param value per-attempt timeout of each DynamoDB call (default 3 s)
         * @return this
         */
        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        /**
         * @param value how long table creation may take before failing (default 5 minutes)
         * @return this
         */
        public Builder tableWaitTimeout(Duration value) {
            tableWaitTimeout = value;
            return this;
        }

        /**
         * @param value the clock for cache expiry and leases (for tests)
         * @return this
         */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /**
         * @param value where unset settings are read from (default: system properties and environment)
         * @return this
         */
        public Builder config(PluginConfig value) {
            config = value;
            return this;
        }

        /**
         * Connects, then checks the tables (or creates them with {@link #createTablesIfMissing}).
         *
         * @return the store
         * @throws StoryWeaveConfigException naming what is missing or wrong and how to fix it
         */
        public DynamoDbStoryStore build() {
            PluginConfig cfg = config != null ? config : PluginConfig.of(Map.of());
            StoreSettings settings = StoreSettings.resolve(cfg, new StoreSettings.Given(tablePrefix, profilesTable,
                    storiesTable, cacheTable, ttlAttribute, createTablesIfMissing, timeout, tableWaitTimeout));
            Clients.Connection connection = client != null ? Clients.given(client)
                    : Clients.create(cfg, region, endpointOverride, credentialsProvider, settings.attemptTimeout());
            DynamoDbStoryStore store = new DynamoDbStoryStore(connection, settings, clock);
            if (!checkTables) {
                return store;
            }
            try {
                if (settings.createTablesIfMissing()) {
                    try {
                        store.ensureTables();
                    } catch (StorageException e) {
                        throw new StoryWeaveConfigException("Could not create the DynamoDB tables: " + e.getMessage(), e);
                    }
                } else {
                    store.verifyTables();
                }
                return store;
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
    }
}
