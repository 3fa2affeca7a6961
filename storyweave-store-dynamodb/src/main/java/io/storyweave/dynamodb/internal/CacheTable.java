package io.storyweave.dynamodb.internal;

import io.storyweave.Story;
import io.storyweave.spi.SharedStoryCache;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.storyweave.dynamodb.internal.StoreCalls.number;

/**
 * The shared-cache facet: cached stories and the leases that let one instance call the model
 * while the others wait, in one table keyed by {@code pk} (the core's cache key, or
 * {@code lease#} and the key for a lease). Leases are taken, renewed and released only by writes
 * conditional on their owner or their expiry, so they are atomic across every instance. Expiry
 * comes from the clock and is enforced on read; the table's time to live deletes the items later.
 * Thread-safe.
 */
public final class CacheTable implements SharedStoryCache {
    /** The key attribute (a string). */
    public static final String PK = "pk";
    static final String OWNER = "owner";
    static final String LEASE_EXPIRES_AT = "leaseExpiresAt";
    static final String LEASE_PREFIX = "lease#";
    /** The cache table's own attributes, which a time-to-live attribute setting must not name. */
    static final Set<String> OWN_ATTRIBUTES = java.util.stream.Stream.concat(
            Set.of(PK, OWNER, LEASE_EXPIRES_AT, StoryPayload.JSON, StoryPayload.GZIP).stream(),
            SpendTable.ATTRIBUTES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final StoreCalls calls;
    private final String table;
    private final String ttlAttribute;
    private final Clock clock;

    /**
     * @param calls the store's calls
     * @param table the cache table, with the attribute its time to live is on
     * @param clock "now" for expiry and leases
     */
    public CacheTable(StoreCalls calls, TableSpec table, Clock clock) {
        this.calls = calls;
        this.table = table.name();
        this.ttlAttribute = table.ttlAttribute();
        this.clock = clock;
    }

    @Override
    public Optional<Story> getCachedStory(String key) {
        Optional<Map<String, AttributeValue>> item = calls.getItem("read cached story", table,
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
        return Optional.ofNullable(StoryPayload.decode(item.get(), table));
    }

    @Override
    public void putCachedStory(String key, Story story, Duration ttl) {
        Map<String, AttributeValue> item = new HashMap<>(StoryPayload.encode(story));
        item.put(PK, AttributeValue.fromS(key));
        item.putAll(expiry(clock.millis() + ttl.toMillis()));
        try {
            calls.client().putItem(r -> r.tableName(table).item(item));
        } catch (SdkException e) {
            throw calls.failure("write cached story " + story.id(), table, e);
        }
    }

    @Override
    public boolean tryAcquireLease(String key, String owner, Duration ttl) {
        long now = clock.millis();
        long until = now + ttl.toMillis();
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                PK, leaseKey(key),
                OWNER, AttributeValue.fromS(owner),
                LEASE_EXPIRES_AT, number(until)));
        // Lets DynamoDB TTL sweep leases a crashed holder left behind.
        item.putAll(expiry(until));
        return calls.writeIf("take the lease for a cache key", table, () -> calls.client().putItem(r -> r
                .tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#pk) OR #until < :now")
                .expressionAttributeNames(Map.of("#pk", PK, "#until", LEASE_EXPIRES_AT))
                .expressionAttributeValues(Map.of(":now", number(now)))));
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
        return calls.writeIf("renew the lease for a cache key", table, () -> calls.client().updateItem(r -> r
                .tableName(table).key(Map.of(PK, leaseKey(key)))
                .updateExpression(update.toString())
                .conditionExpression("#owner = :me")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public void releaseLease(String key, String owner) {
        // When the condition fails, someone else took over after our lease expired (or it is gone): theirs to release.
        calls.writeIf("release the lease for a cache key", table, () -> calls.client().deleteItem(r -> r
                .tableName(table).key(Map.of(PK, leaseKey(key)))
                .conditionExpression("#owner = :me")
                .expressionAttributeNames(Map.of("#owner", OWNER))
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner)))));
    }

    private static AttributeValue leaseKey(String key) {
        return AttributeValue.fromS(LEASE_PREFIX + key);
    }

    /**
     * The expiry of a cache item: {@code expiresAt}, which reads check, and the table's TTL
     * attribute when it is another one, so that DynamoDB deletes the item too.
     */
    private Map<String, AttributeValue> expiry(long epochMillis) {
        return expiry(ttlAttribute, epochMillis);
    }

    /**
     * @param ttlAttribute the attribute the table's time to live is on
     * @param epochMillis  when the item expires
     * @return {@code expiresAt} and, when it is another one, the TTL attribute, both in epoch seconds
     */
    static Map<String, AttributeValue> expiry(String ttlAttribute, long epochMillis) {
        AttributeValue seconds = number(epochSecondsRoundedUp(epochMillis));
        return ttlAttribute.equals(TableAdmin.EXPIRES_AT) ? Map.of(TableAdmin.EXPIRES_AT, seconds)
                : Map.of(TableAdmin.EXPIRES_AT, seconds, ttlAttribute, seconds);
    }

    private static long epochSecondsRoundedUp(long millis) {
        return Math.floorDiv(millis + 999, 1000);
    }
}
