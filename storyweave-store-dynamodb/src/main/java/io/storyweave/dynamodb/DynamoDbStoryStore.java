package io.storyweave.dynamodb;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.NotFoundException;
import io.storyweave.ResultPage;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.internal.AwsFailures;
import io.storyweave.dynamodb.internal.Clients;
import io.storyweave.dynamodb.internal.PageTokens;
import io.storyweave.dynamodb.internal.ProfileLife;
import io.storyweave.dynamodb.internal.StoryPayload;
import io.storyweave.dynamodb.internal.TableAdmin;
import io.storyweave.dynamodb.internal.TableSpec;
import io.storyweave.dynamodb.internal.TimeToLive;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryCodec;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link StoryStore} on three DynamoDB tables: profiles, stories (with an index listing a
 * profile's stories newest first) and a shared cache that also holds the cross-instance leases.
 * Every write that must not clobber is a conditional write; no transactions are used, so it
 * works on every DynamoDB-compatible endpoint. Thread-safe.
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
public final class DynamoDbStoryStore implements StoryStore, ProfileStore, StoryLibrary, SharedStoryCache {
    /** The store's name, as selected with {@code storyweave.store=dynamodb}. */
    public static final String NAME = "dynamodb";
    /** Default profiles table name. */
    public static final String DEFAULT_PROFILES_TABLE = "StoryWeave-Profiles";
    /** Default stories table name. */
    public static final String DEFAULT_STORIES_TABLE = "StoryWeave-Stories";
    /** Default cache table name. */
    public static final String DEFAULT_CACHE_TABLE = "StoryWeave-Cache";
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
    public static final String KEY_TIMEOUT = "storyweave.dynamodb.timeout";
    /** Default per-attempt timeout: DynamoDB answers in milliseconds, so a few seconds means it is unreachable. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    static final String ID = "id";
    static final String PK = "pk";
    static final String VERSION = "version";
    static final String PROFILE = "profile";
    static final String OWNER = "owner";
    static final String LEASE_EXPIRES_AT = "leaseExpiresAt";
    static final String LEASE_PREFIX = "lease#";
    private static final int READ_ATTEMPTS = 3;
    private static final int BATCH_SIZE = 25;
    private static final int BATCH_ROUNDS = 8;
    private static final List<String> PROFILE_PAGE_KEY = List.of(ID);
    private static final List<String> STORY_PAGE_KEY = List.of(ID, TableAdmin.PROFILE_ID, TableAdmin.CREATED_KEY);
    /** The cache table's own attributes, which a TTL attribute setting must not name. */
    private static final Set<String> CACHE_ATTRIBUTES = Set.of(PK, OWNER, LEASE_EXPIRES_AT, StoryPayload.JSON,
            StoryPayload.GZIP);

    private final DynamoDbClient client;
    private final List<AutoCloseable> owned;
    private final TableSpec profiles;
    private final TableSpec stories;
    private final TableSpec cache;
    private final TableAdmin admin;
    private final AwsFailures failures;
    private final Clock clock;

    DynamoDbStoryStore(DynamoDbClient client, List<AutoCloseable> owned, TableSpec profiles, TableSpec stories,
                       TableSpec cache, AwsFailures failures, Clock clock, Duration tableWaitTimeout) {
        this.client = client;
        this.owned = List.copyOf(owned);
        this.profiles = profiles;
        this.stories = stories;
        this.cache = cache;
        this.failures = failures;
        this.clock = clock;
        this.admin = new TableAdmin(client, List.of(profiles, stories, cache), failures, tableWaitTimeout);
    }

    /** @return a builder; settings not given fall back to system properties and environment variables */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return NAME;
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

    /** @return the profiles table name in use */
    public String profilesTable() {
        return profiles.name();
    }

    /** @return the stories table name in use */
    public String storiesTable() {
        return stories.name();
    }

    /** @return the cache table name in use */
    public String cacheTable() {
        return cache.name();
    }

    /** @return where this store connects, e.g. {@code region us-east-1, endpoint http://127.0.0.1:8000} */
    public String location() {
        return failures.where();
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

    // ---- profiles ----
    // A profile item also carries its incarnation and, once a delete has begun, a deleting marker:
    // see ProfileLife for why story writes and listings consult both.

    @Override
    public void createProfile(ChildProfile profile) {
        Map<String, AttributeValue> item = new HashMap<>(profileItem(profile));
        item.put(ProfileLife.INCARNATION, AttributeValue.fromS(UUID.randomUUID().toString()));
        try {
            client.putItem(r -> r.tableName(profiles.name()).item(item)
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID)));
        } catch (ConditionalCheckFailedException e) {
            if (profileLife(profile.id()).state() == ProfileLife.State.DELETING) {
                throw new ConflictException("A profile with id " + profile.id() + " is still being deleted (a delete"
                        + " did not finish); delete it again to finish, then create it");
            }
            throw new ConflictException("A profile with id " + profile.id() + " already exists; choose another id, or"
                    + " read the existing profile and update it");
        } catch (SdkException e) {
            throw failures.storage("create profile " + profile.id(), profiles.name(), e);
        }
    }

    @Override
    public Optional<ChildProfile> getProfile(String id) {
        return getItem("read profile " + id, profiles.name(), profileKey(id))
                .filter(item -> !item.containsKey(ProfileLife.DELETING))
                .map(DynamoDbStoryStore::profileOf);
    }

    @Override
    public void updateProfile(ChildProfile profile, long expectedVersion) {
        try {
            // An update, not a put: the incarnation stays, and a profile being deleted is not brought back.
            client.updateItem(r -> r.tableName(profiles.name()).key(profileKey(profile.id()))
                    .updateExpression("SET #v = :v, #p = :p")
                    .conditionExpression("attribute_exists(#id) AND #v = :expected AND attribute_not_exists(#del)")
                    .expressionAttributeNames(Map.of("#id", ID, "#v", VERSION, "#p", PROFILE,
                            "#del", ProfileLife.DELETING))
                    .expressionAttributeValues(Map.of(":v", number(profile.version()),
                            ":p", AttributeValue.fromS(StoryCodec.toJson(profile)), ":expected", number(expectedVersion))));
        } catch (ConditionalCheckFailedException e) {
            // The condition does not say which part failed; one read tells missing from stale.
            ChildProfile stored = getProfile(profile.id()).orElseThrow(() -> new NotFoundException("profileId",
                    "No profile with id " + profile.id() + " exists; create it first"));
            throw new ConflictException("Profile " + profile.id() + " was changed by someone else: it is at version "
                    + stored.version() + ", the update was based on version " + expectedVersion
                    + ". Read it again, re-apply the change and retry.");
        } catch (SdkException e) {
            throw failures.storage("update profile " + profile.id(), profiles.name(), e);
        }
    }

    @Override
    public boolean deleteProfile(String id) {
        // Marked first: from here on the profile reads as absent and a story write for it fails or
        // removes its own story, so no writer can slip a story in behind the sweep below.
        if (!markDeleting(id)) {
            return false;
        }
        // Stories next: if this fails half-way the marked profile remains, so deleting again finishes the job.
        deleteStoriesOf(id);
        try {
            client.deleteItem(r -> r.tableName(profiles.name()).key(profileKey(id))
                    .conditionExpression("attribute_exists(#del)")
                    .expressionAttributeNames(Map.of("#del", ProfileLife.DELETING)));
        } catch (ConditionalCheckFailedException e) {
            // A concurrent delete of the same profile finished first.
        } catch (SdkException e) {
            throw failures.storage("delete profile " + id, profiles.name(), e);
        }
        return true;
    }

    private boolean markDeleting(String id) {
        try {
            client.updateItem(r -> r.tableName(profiles.name()).key(profileKey(id))
                    .updateExpression("SET #del = :now")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID, "#del", ProfileLife.DELETING))
                    .expressionAttributeValues(Map.of(":now", number(clock.millis()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw failures.storage("delete profile " + id, profiles.name(), e);
        }
    }

    private ProfileLife profileLife(String id) {
        return ProfileLife.of(getItem("read profile " + id, profiles.name(), profileKey(id)));
    }

    @Override
    public ResultPage<ChildProfile> listProfiles(int limit, String pageToken) {
        Map<String, AttributeValue> start = PageTokens.decode(pageToken, PROFILE_PAGE_KEY);
        return filteredPage("list profiles", profiles.name(), limit, start, from -> {
            ScanResponse response = client.scan(r -> r.tableName(profiles.name()).limit(limit + 1).consistentRead(true)
                    .exclusiveStartKey(from)
                    .filterExpression("attribute_not_exists(#del)")
                    .expressionAttributeNames(Map.of("#del", ProfileLife.DELETING)));
            return new Batch(response.items(), response.lastEvaluatedKey());
        }, PROFILE_PAGE_KEY, DynamoDbStoryStore::profileOf);
    }

    private static Map<String, AttributeValue> profileKey(String id) {
        return Map.of(ID, AttributeValue.fromS(id));
    }

    private static Map<String, AttributeValue> profileItem(ChildProfile profile) {
        return Map.of(ID, AttributeValue.fromS(profile.id()), VERSION, number(profile.version()),
                PROFILE, AttributeValue.fromS(StoryCodec.toJson(profile)));
    }

    private static ChildProfile profileOf(Map<String, AttributeValue> item) {
        AttributeValue json = item.get(PROFILE);
        if (json == null || json.s() == null) {
            throw new StorageException("Profile item " + item.get(ID) + " has no " + PROFILE + " attribute; the profiles"
                    + " table holds items StoryWeave did not write (check storyweave.dynamodb.profilesTable)", null);
        }
        return StoryCodec.profileFromJson(json.s());
    }

    // ---- stories ----

    /**
     * Without transactions (not every DynamoDB-compatible endpoint has them) a story of a profile
     * is written between two consistent reads of the profile. The delete marks the profile before
     * it sweeps, so if the second read still finds the same live profile, the story landed before
     * the marking and the sweep removes it; otherwise this writer removes it itself.
     */
    @Override
    public void putStory(Story story) {
        Map<String, AttributeValue> item = new HashMap<>(StoryPayload.encode(story));
        item.put(ID, AttributeValue.fromS(story.id()));
        String profileId = story.request().profileId();
        if (profileId == null) {
            writeStory(story, item);
            return;
        }
        ProfileLife before = profileLife(profileId);
        if (!before.live()) {
            throw StoryLibrary.noProfileFor(story);
        }
        // Only stories of a profile enter the (sparse) index; shared templates stay out of listings.
        item.put(TableAdmin.PROFILE_ID, AttributeValue.fromS(profileId));
        item.put(TableAdmin.CREATED_KEY, AttributeValue.fromS(createdKey(story)));
        if (before.incarnation() != null) {
            item.put(ProfileLife.PROFILE_INCARNATION, AttributeValue.fromS(before.incarnation()));
        }
        writeStory(story, item);
        if (!before.stillLiveAs(profileLife(profileId))) {
            removeStoryOfGoneProfile(story);
            throw StoryLibrary.noProfileFor(story);
        }
    }

    private void writeStory(Story story, Map<String, AttributeValue> item) {
        try {
            client.putItem(r -> r.tableName(stories.name()).item(item));
        } catch (SdkException e) {
            throw failures.storage("write story " + story.id(), stories.name(), e);
        }
    }

    private void removeStoryOfGoneProfile(Story story) {
        try {
            client.deleteItem(r -> r.tableName(stories.name()).key(Map.of(ID, AttributeValue.fromS(story.id()))));
        } catch (SdkException e) {
            throw new StorageException("Story " + story.id() + " was written while profile "
                    + story.request().profileId() + " was being deleted, and removing it again failed: "
                    + failures.describe("delete story " + story.id(), stories.name(), e) + " It is not listed in any"
                    + " profile's library.", e);
        }
    }

    @Override
    public Optional<Story> getStory(String id) {
        return getItem("read story " + id, stories.name(), Map.of(ID, AttributeValue.fromS(id)))
                .map(item -> StoryPayload.decode(item, stories.name()));
    }

    @Override
    public ResultPage<Story> listStories(String profileId, int limit, String pageToken) {
        Map<String, AttributeValue> start = PageTokens.decode(pageToken, STORY_PAGE_KEY);
        if (start != null && !profileId.equals(start.get(TableAdmin.PROFILE_ID).s())) {
            throw PageTokens.invalid(pageToken);
        }
        ProfileLife life = profileLife(profileId);
        if (!life.live()) {
            return new ResultPage<>(List.of(), null);
        }
        // Stories an earlier profile with this id left behind (a delete's sweep missed them) carry another incarnation.
        String sameLife = life.incarnation() == null ? "attribute_not_exists(#inc)" : "#inc = :inc";
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", AttributeValue.fromS(profileId)));
        if (life.incarnation() != null) {
            values.put(":inc", AttributeValue.fromS(life.incarnation()));
        }
        return filteredPage("list stories of profile " + profileId, stories.name(), limit, start, from -> {
            QueryResponse response = client.query(storiesOf(profileId).limit(limit + 1).exclusiveStartKey(from)
                    .filterExpression(sameLife)
                    .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID, "#inc", ProfileLife.PROFILE_INCARNATION))
                    .expressionAttributeValues(values).build());
            return new Batch(response.items(), response.lastEvaluatedKey());
        }, STORY_PAGE_KEY, item -> StoryPayload.decode(item, stories.name()));
    }

    /** One response of a query or scan: its items and where the next one starts. */
    private record Batch(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    }

    /**
     * Reads until more than {@code limit} items passed the filter or the items run out, because
     * DynamoDB applies a filter after its own limit and may return a short (even empty) response
     * although more matching items follow.
     */
    private <T> ResultPage<T> filteredPage(String what, String table, int limit, Map<String, AttributeValue> start,
                                           Function<Map<String, AttributeValue>, Batch> call, List<String> keyNames,
                                           Function<Map<String, AttributeValue>, T> decode) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> from = start;
        Map<String, AttributeValue> last;
        do {
            Map<String, AttributeValue> exclusiveStart = from;
            Batch batch = read(what, table, () -> call.apply(exclusiveStart));
            items.addAll(batch.items());
            last = batch.lastKey() != null && !batch.lastKey().isEmpty() ? batch.lastKey() : null;
            from = last;
        } while (items.size() <= limit && last != null);
        return page(items, last, limit, keyNames, decode);
    }

    private QueryRequest.Builder storiesOf(String profileId) {
        return QueryRequest.builder().tableName(stories.name()).indexName(TableAdmin.STORIES_INDEX)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(profileId)))
                .scanIndexForward(false);
    }

    /** Creation time as fixed-width text so that text order is time order; the id breaks ties. */
    static String createdKey(Story story) {
        Instant at = story.createdAt();
        return String.format("%012d.%09d#%s", at.getEpochSecond(), at.getNano(), story.id());
    }

    private void deleteStoriesOf(String profileId) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = read("list stories of profile " + profileId + " to delete them", stories.name(),
                    () -> client.query(storiesOf(profileId).projectionExpression("#i")
                            .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID, "#i", ID))
                            .exclusiveStartKey(from).build()));
            List<WriteRequest> deletes = page.items().stream()
                    .map(item -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(Map.of(ID, item.get(ID))).build()).build())
                    .toList();
            for (int i = 0; i < deletes.size(); i += BATCH_SIZE) {
                batchDelete(profileId, deletes.subList(i, Math.min(deletes.size(), i + BATCH_SIZE)));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    private void batchDelete(String profileId, List<WriteRequest> deletes) {
        List<WriteRequest> pending = deletes;
        for (int round = 0; round < BATCH_ROUNDS && !pending.isEmpty(); round++) {
            if (round > 0) {
                // UnprocessedItems means DynamoDB throttled part of the batch: back off before resending.
                pause(Math.min(1000, 25L << round));
            }
            List<WriteRequest> batch = pending;
            try {
                BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(Map.of(stories.name(), batch)));
                pending = response.hasUnprocessedItems()
                        ? response.unprocessedItems().getOrDefault(stories.name(), List.of()) : List.of();
            } catch (SdkException e) {
                throw failures.storage("delete the stories of profile " + profileId, stories.name(), e);
            }
        }
        if (!pending.isEmpty()) {
            throw new StorageException("DynamoDB (" + failures.where() + ") kept " + pending.size() + " stories of profile "
                    + profileId + " unprocessed after " + BATCH_ROUNDS + " attempts (throttling). The profile was not"
                    + " deleted; delete it again later.", null);
        }
    }

    // ---- shared cache and leases ----

    @Override
    public Optional<Story> getCachedStory(String key) {
        Optional<Map<String, AttributeValue>> item = getItem("read cached story", cache.name(),
                Map.of(PK, AttributeValue.fromS(key)));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expiresAt = item.get().get(TableAdmin.EXPIRES_AT);
        // DynamoDB deletes expired items only eventually (within days), so expiry is enforced here.
        if (expiresAt == null || expiresAt.n() == null
                || Long.parseLong(expiresAt.n()) * 1000 <= clock.millis()) {
            return Optional.empty();
        }
        return Optional.ofNullable(StoryPayload.decode(item.get(), cache.name()));
    }

    @Override
    public void putCachedStory(String key, Story story, Duration ttl) {
        Map<String, AttributeValue> item = new HashMap<>(StoryPayload.encode(story));
        item.put(PK, AttributeValue.fromS(key));
        item.putAll(expiry(clock.millis() + ttl.toMillis()));
        try {
            client.putItem(r -> r.tableName(cache.name()).item(item));
        } catch (SdkException e) {
            throw failures.storage("write cached story " + story.id(), cache.name(), e);
        }
    }

    @Override
    public boolean tryAcquireLease(String key, String owner, Duration ttl) {
        long now = clock.millis();
        long until = now + ttl.toMillis();
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                PK, AttributeValue.fromS(LEASE_PREFIX + key),
                OWNER, AttributeValue.fromS(owner),
                LEASE_EXPIRES_AT, number(until)));
        // Lets DynamoDB TTL sweep leases a crashed holder left behind.
        item.putAll(expiry(until));
        try {
            client.putItem(r -> r.tableName(cache.name()).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #until < :now")
                    .expressionAttributeNames(Map.of("#pk", PK, "#until", LEASE_EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":now", number(now))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw failures.storage("take the lease for a cache key", cache.name(), e);
        }
    }

    @Override
    public boolean renewLease(String key, String owner, Duration ttl) {
        long until = clock.millis() + ttl.toMillis();
        Map<String, String> names = new HashMap<>(Map.of("#owner", OWNER, "#until", LEASE_EXPIRES_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":me", AttributeValue.fromS(owner),
                ":until", number(until)));
        StringBuilder update = new StringBuilder("SET #until = :until");
        int n = 0;
        for (Map.Entry<String, AttributeValue> attribute : expiry(until).entrySet()) {
            n++;
            update.append(", #x").append(n).append(" = :x").append(n);
            names.put("#x" + n, attribute.getKey());
            values.put(":x" + n, attribute.getValue());
        }
        try {
            client.updateItem(r -> r.tableName(cache.name()).key(Map.of(PK, AttributeValue.fromS(LEASE_PREFIX + key)))
                    .updateExpression(update.toString())
                    .conditionExpression("#owner = :me")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw failures.storage("renew the lease for a cache key", cache.name(), e);
        }
    }

    @Override
    public void releaseLease(String key, String owner) {
        try {
            client.deleteItem(r -> r.tableName(cache.name()).key(Map.of(PK, AttributeValue.fromS(LEASE_PREFIX + key)))
                    .conditionExpression("#owner = :me")
                    .expressionAttributeNames(Map.of("#owner", OWNER))
                    .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner))));
        } catch (ConditionalCheckFailedException e) {
            // Someone else took over after our lease expired (or it is gone): theirs to release.
        } catch (SdkException e) {
            throw failures.storage("release the lease for a cache key", cache.name(), e);
        }
    }

    /** Closes the client and credentials this store created; a client passed to the builder stays open. */
    @Override
    public void close() {
        for (AutoCloseable closeable : owned) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing is best effort; nothing the caller could do with the failure.
            }
        }
    }

    // ---- helpers ----

    private <T> T read(String what, String table, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SdkException e) {
                if (attempt >= READ_ATTEMPTS || !AwsFailures.transientServiceError(e)) {
                    throw failures.storage(what, table, e);
                }
                pause(50L * attempt);
            }
        }
    }

    /** A strongly consistent single-item read, so a write is visible to the next read from any instance. */
    private Optional<Map<String, AttributeValue>> getItem(String what, String table, Map<String, AttributeValue> key) {
        GetItemResponse response = read(what, table, () -> client.getItem(r -> r.tableName(table).key(key)
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private static <T> ResultPage<T> page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey,
                                          int limit, List<String> keyNames, Function<Map<String, AttributeValue>, T> decode) {
        // One item more than asked for was read: if it came, there is a next page, and the token
        // continues after the last item returned, so no empty last page is ever handed out.
        List<Map<String, AttributeValue>> shown = items.size() > limit ? items.subList(0, limit) : items;
        String token;
        if (items.size() > limit) {
            token = PageTokens.encode(shown.get(limit - 1), keyNames);
        } else if (lastKey != null && !lastKey.isEmpty() && !shown.isEmpty()) {
            token = PageTokens.encode(shown.get(shown.size() - 1), keyNames);
        } else {
            token = null;
        }
        List<T> decoded = new ArrayList<>(shown.size());
        for (Map<String, AttributeValue> item : shown) {
            decoded.add(decode.apply(item));
        }
        return new ResultPage<>(decoded, token);
    }

    /**
     * The expiry of a cache item: {@code expiresAt}, which reads check, and the table's TTL
     * attribute when it is another one, so that DynamoDB deletes the item too.
     */
    private Map<String, AttributeValue> expiry(long epochMillis) {
        AttributeValue seconds = number(epochSecondsCeil(epochMillis));
        String ttlAttribute = cache.ttlAttribute();
        return ttlAttribute.equals(TableAdmin.EXPIRES_AT) ? Map.of(TableAdmin.EXPIRES_AT, seconds)
                : Map.of(TableAdmin.EXPIRES_AT, seconds, ttlAttribute, seconds);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static long epochSecondsCeil(long millis) {
        return Math.floorDiv(millis + 999, 1000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting to retry a DynamoDB call", e);
        }
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
        private Duration tableWaitTimeout = Duration.ofMinutes(5);
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
            String prefix = pick(tablePrefix, cfg, KEY_TABLE_PREFIX, "");
            TableSpec profilesSpec = new TableSpec("profiles",
                    prefix + pick(profilesTable, cfg, KEY_PROFILES_TABLE, DEFAULT_PROFILES_TABLE), KEY_PROFILES_TABLE,
                    ID, false, null);
            TableSpec storiesSpec = new TableSpec("stories",
                    prefix + pick(storiesTable, cfg, KEY_STORIES_TABLE, DEFAULT_STORIES_TABLE), KEY_STORIES_TABLE,
                    ID, true, null);
            TableSpec cacheSpec = new TableSpec("cache",
                    prefix + pick(cacheTable, cfg, KEY_CACHE_TABLE, DEFAULT_CACHE_TABLE), KEY_CACHE_TABLE,
                    PK, false, checkedTtlAttribute(pick(ttlAttribute, cfg, KEY_TTL_ATTRIBUTE, TableAdmin.EXPIRES_AT)));
            boolean create = createTablesIfMissing != null ? createTablesIfMissing
                    : cfg.getBoolean(KEY_CREATE_TABLES, false);
            Duration attemptTimeout = timeout != null ? timeout : cfg.getDuration(KEY_TIMEOUT, DEFAULT_TIMEOUT);
            if (attemptTimeout.isZero() || attemptTimeout.isNegative()) {
                throw new StoryWeaveConfigException(KEY_TIMEOUT + " must be positive, was " + attemptTimeout);
            }
            Clients.Connection connection = client != null ? Clients.given(client)
                    : Clients.create(cfg, region, endpointOverride, credentialsProvider, attemptTimeout);
            DynamoDbStoryStore store = new DynamoDbStoryStore(connection.client(), connection.owned(), profilesSpec,
                    storiesSpec, cacheSpec, new AwsFailures(connection.where()), clock, tableWaitTimeout);
            if (!checkTables) {
                return store;
            }
            try {
                if (create) {
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

        private static String checkedTtlAttribute(String name) {
            if (name.isEmpty() || name.length() > 255 || CACHE_ATTRIBUTES.contains(name)) {
                throw new StoryWeaveConfigException(KEY_TTL_ATTRIBUTE + " cannot be \"" + name + "\": name the"
                        + " attribute (1 to 255 characters) the cache table's time to live is on, other than "
                        + String.join(", ", new java.util.TreeSet<>(CACHE_ATTRIBUTES)) + ", which StoryWeave uses itself.");
            }
            return name;
        }

        private static String pick(String given, PluginConfig cfg, String key, String fallback) {
            return given != null && !given.isBlank() ? given.trim() : cfg.get(key).orElse(fallback);
        }
    }
}
