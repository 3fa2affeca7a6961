package io.storyweave.dynamodb.internal;

import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.PluginConfig;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * What the store was configured with, resolved once: each setting given to the builder, else
 * read from {@link PluginConfig}, else its default. The store and its self-check resolve the
 * same way, so the self-check looks at exactly the tables the store would use.
 *
 * @param profiles              the profiles table
 * @param stories               the stories table
 * @param cache                 the cache table, with the attribute its time to live must be on
 * @param createTablesIfMissing whether building the store creates missing tables
 * @param attemptTimeout        per-attempt timeout of each DynamoDB call
 * @param tableWaitTimeout      how long table creation may take
 */
public record StoreSettings(TableSpec profiles, TableSpec stories, TableSpec cache, boolean createTablesIfMissing,
                            Duration attemptTimeout, Duration tableWaitTimeout) {
    /** Prepended to every table name, default or mapped. */
    public static final String KEY_TABLE_PREFIX = "storyweave.dynamodb.tablePrefix";
    /** Profiles table name (before the prefix). */
    public static final String KEY_PROFILES_TABLE = "storyweave.dynamodb.profilesTable";
    /** Stories table name (before the prefix). */
    public static final String KEY_STORIES_TABLE = "storyweave.dynamodb.storiesTable";
    /** Cache table name (before the prefix). */
    public static final String KEY_CACHE_TABLE = "storyweave.dynamodb.cacheTable";
    /** {@code true} to create missing tables when the store starts. */
    public static final String KEY_CREATE_TABLES = "storyweave.dynamodb.createTablesIfMissing";
    /** Per-attempt timeout of each DynamoDB call (seconds or ISO-8601). */
    public static final String KEY_TIMEOUT = "storyweave.dynamodb.timeout";
    /** Default profiles table name. */
    public static final String DEFAULT_PROFILES_TABLE = "StoryWeave-Profiles";
    /** Default stories table name. */
    public static final String DEFAULT_STORIES_TABLE = "StoryWeave-Stories";
    /** Default cache table name. */
    public static final String DEFAULT_CACHE_TABLE = "StoryWeave-Cache";
    /** Default per-attempt timeout: DynamoDB answers in milliseconds, so a few seconds means it is unreachable. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /** Default time table creation may take. */
    public static final Duration DEFAULT_TABLE_WAIT = Duration.ofMinutes(5);

    /**
     * What the builder was given; {@code null} (or blank) means "not given, read the configuration".
     *
     * @param tablePrefix           prepended to every table name
     * @param profilesTable         profiles table name before the prefix
     * @param storiesTable          stories table name before the prefix
     * @param cacheTable            cache table name before the prefix
     * @param ttlAttribute          the attribute the cache table's time to live is on
     * @param createTablesIfMissing whether to create missing tables
     * @param timeout               per-attempt timeout
     * @param tableWaitTimeout      how long table creation may take
     */
    public record Given(String tablePrefix, String profilesTable, String storiesTable, String cacheTable,
                        String ttlAttribute, Boolean createTablesIfMissing, Duration timeout,
                        Duration tableWaitTimeout) {
        /** Nothing given: everything comes from the configuration. */
        public static final Given NOTHING = new Given(null, null, null, null, null, null, null, null);
    }

    /** @return the three tables, in the order profiles, stories, cache */
    public List<TableSpec> tables() {
        return List.of(profiles, stories, cache);
    }

    /**
     * @param cfg   where settings not given are read from
     * @param given what the builder was given
     * @return the settings
     * @throws StoryWeaveConfigException naming a setting that has an unusable value and what is allowed
     */
    public static StoreSettings resolve(PluginConfig cfg, Given given) {
        String prefix = pick(given.tablePrefix(), cfg, KEY_TABLE_PREFIX, "");
        TableSpec profiles = new TableSpec("profiles",
                prefix + pick(given.profilesTable(), cfg, KEY_PROFILES_TABLE, DEFAULT_PROFILES_TABLE),
                KEY_PROFILES_TABLE, ProfileTable.ID, false, null);
        TableSpec stories = new TableSpec("stories",
                prefix + pick(given.storiesTable(), cfg, KEY_STORIES_TABLE, DEFAULT_STORIES_TABLE),
                KEY_STORIES_TABLE, StoryTable.ID, true, null);
        TableSpec cache = new TableSpec("cache",
                prefix + pick(given.cacheTable(), cfg, KEY_CACHE_TABLE, DEFAULT_CACHE_TABLE), KEY_CACHE_TABLE,
                CacheTable.PK, false, checkedTtlAttribute(pick(given.ttlAttribute(), cfg, TimeToLive.KEY_ATTRIBUTE,
                TableAdmin.EXPIRES_AT)));
        boolean create = given.createTablesIfMissing() != null ? given.createTablesIfMissing()
                : cfg.getBoolean(KEY_CREATE_TABLES, false);
        Duration attemptTimeout = given.timeout() != null ? given.timeout() : cfg.getDuration(KEY_TIMEOUT, DEFAULT_TIMEOUT);
        if (attemptTimeout.isZero() || attemptTimeout.isNegative()) {
            throw new StoryWeaveConfigException(KEY_TIMEOUT + " must be positive, was " + attemptTimeout);
        }
        Duration tableWait = given.tableWaitTimeout() != null ? given.tableWaitTimeout() : DEFAULT_TABLE_WAIT;
        return new StoreSettings(profiles, stories, cache, create, attemptTimeout, tableWait);
    }

    private static String checkedTtlAttribute(String name) {
        if (name.isEmpty() || name.length() > 255 || CacheTable.OWN_ATTRIBUTES.contains(name)) {
            throw new StoryWeaveConfigException(TimeToLive.KEY_ATTRIBUTE + " cannot be \"" + name + "\": name the"
                    + " attribute (1 to 255 characters) the cache table's time to live is on, other than "
                    + String.join(", ", new TreeSet<>(CacheTable.OWN_ATTRIBUTES)) + ", which StoryWeave uses itself.");
        }
        return name;
    }

    private static String pick(String given, PluginConfig cfg, String key, String fallback) {
        return given != null && !given.isBlank() ? given.trim() : cfg.get(key).orElse(fallback);
    }
}
