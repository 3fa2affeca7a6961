package io.storyweave.dynamodb.internal;

import io.storyweave.CallPurpose;
import io.storyweave.ModelTier;
import io.storyweave.UsageLine;
import io.storyweave.spi.SpendCounters;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spend facet, in the cache table (no table of its own: a few small items per day). Three
 * item types, keyed by {@code pk}:
 * <ul>
 *   <li>{@code spend#<day>#line#<hash>}: one ledger line (day, tier, model, purpose, {@code cacheHit},
 *       profile) with the counters {@code calls}, {@code inputTokens}, {@code outputTokens},
 *       {@code costUsd}, {@code savedUsd};</li>
 *   <li>{@code spend#<day>}: the day's total {@code costUsd} and, in the string set {@code lines},
 *       the keys of its line items, so a day is read with one GetItem and BatchGetItem, never a scan;</li>
 *   <li>{@code spend#<day>#profile#<id>}: one profile's {@code costUsd} that day.</li>
 * </ul>
 * Every write is an {@code UpdateItem} with {@code ADD}, so instances add atomically without
 * reading first. Cache-hit lines written before {@link CallPurpose} existed have the purpose
 * {@value #OLD_CACHE_HIT} and no {@code cacheHit}; they read as {@link CallPurpose#STORY} cache hits,
 * and new hits of the same line are added to the same item. Days are UTC; items expire
 * ({@code expiresAt}, the table's time to live) {@value #KEPT_DAYS} days after their day. Thread-safe.
 */
public final class SpendTable implements SpendCounters {
    /** How many days the items are kept after their day. */
    static final int KEPT_DAYS = 90;
    static final String PREFIX = "spend#";
    static final String DAY = "day";
    static final String TIER = "tier";
    static final String MODEL = "modelId";
    static final String PURPOSE = "purpose";
    static final String CACHE_HIT = "cacheHit";
    /** The purpose cache-hit lines were written with before a hit became a STORY line with {@code cacheHit}. */
    static final String OLD_CACHE_HIT = "CACHE_HIT";
    static final String PROFILE = "profileId";
    static final String CALLS = "calls";
    static final String INPUT = "inputTokens";
    static final String OUTPUT = "outputTokens";
    static final String COST = "costUsd";
    static final String SAVED = "savedUsd";
    static final String LINES = "lines";
    /** The attributes of spend items, which a time-to-live attribute setting must not name. */
    static final Set<String> ATTRIBUTES = Set.of(DAY, TIER, MODEL, PURPOSE, CACHE_HIT, PROFILE, CALLS, INPUT, OUTPUT,
            COST, SAVED, LINES);
    private static final int BATCH = 100;

    private final StoreCalls calls;
    private final String table;
    private final String ttlAttribute;

    /**
     * @param calls the store's calls
     * @param table the cache table
     */
    public SpendTable(StoreCalls calls, TableSpec table) {
        this.calls = calls;
        this.table = table.name();
        this.ttlAttribute = table.ttlAttribute();
    }

    @Override
    public void add(UsageLine line) {
        String lineKey = lineKey(line);
        Map<String, AttributeValue> dims = new HashMap<>(Map.of(DAY, AttributeValue.fromS(line.day().toString()),
                TIER, AttributeValue.fromS(line.tier().name()), MODEL, AttributeValue.fromS(line.modelId()),
                PURPOSE, AttributeValue.fromS(line.purpose().name()),
                CACHE_HIT, AttributeValue.fromBool(line.cacheHit())));
        if (line.profileId() != null) {
            dims.put(PROFILE, AttributeValue.fromS(line.profileId()));
        }
        Map<String, AttributeValue> counters = Map.of(CALLS, number(line.calls()), INPUT, number(line.inputTokens()),
                OUTPUT, number(line.outputTokens()), COST, decimal(line.costUsd()), SAVED, decimal(line.savedUsd()));
        update("add to a spend ledger line", lineKey, dims, counters);
        update("add to the day's spend", dayKey(line.day()), Map.of(),
                Map.of(COST, decimal(line.costUsd()), LINES, AttributeValue.fromSs(List.of(lineKey))));
        if (line.profileId() != null) {
            update("add to the profile's spend", profileKey(line.day(), line.profileId()), Map.of(),
                    Map.of(COST, decimal(line.costUsd())));
        }
    }

    /** One UpdateItem: SET the given attributes and the expiry, ADD the counters. */
    private void update(String what, String key, Map<String, AttributeValue> set, Map<String, AttributeValue> add) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, AttributeValue> assigned = new HashMap<>(set);
        assigned.putAll(CacheTable.expiry(ttlAttribute, expiresAtMillis(key)));
        List<String> sets = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, AttributeValue> e : assigned.entrySet()) {
            n++;
            names.put("#a" + n, e.getKey());
            values.put(":a" + n, e.getValue());
            sets.add("#a" + n + " = :a" + n);
        }
        for (Map.Entry<String, AttributeValue> e : add.entrySet()) {
            n++;
            names.put("#a" + n, e.getKey());
            values.put(":a" + n, e.getValue());
            adds.add("#a" + n + " :a" + n);
        }
        String expression = "SET " + String.join(", ", sets) + " ADD " + String.join(", ", adds);
        try {
            calls.client().updateItem(r -> r.tableName(table).key(Map.of(CacheTable.PK, AttributeValue.fromS(key)))
                    .updateExpression(expression).expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.NONE));
        } catch (SdkException e) {
            throw calls.failure(what, table, e);
        }
    }

    @Override
    public BigDecimal dayTotal(LocalDate day) {
        return cost("read the day's spend", dayKey(day));
    }

    @Override
    public BigDecimal profileDayTotal(LocalDate day, String profileId) {
        return cost("read the profile's spend", profileKey(day, profileId));
    }

    private BigDecimal cost(String what, String key) {
        return calls.getItem(what, table, Map.of(CacheTable.PK, AttributeValue.fromS(key)))
                .map(item -> item.get(COST)).map(v -> new BigDecimal(v.n())).orElse(BigDecimal.ZERO);
    }

    @Override
    public List<UsageLine> lines(LocalDate from, LocalDate to) {
        List<UsageLine> lines = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<Map<String, AttributeValue>> dayItem = calls.getItem("read the day's spend", table,
                    Map.of(CacheTable.PK, AttributeValue.fromS(dayKey(day))));
            List<String> keys = dayItem.map(item -> item.get(LINES)).map(AttributeValue::ss).orElse(List.of());
            for (int start = 0; start < keys.size(); start += BATCH) {
                readLines(keys.subList(start, Math.min(keys.size(), start + BATCH)), lines);
            }
        }
        return lines;
    }

    /** BatchGetItem of up to 100 line items, again for any DynamoDB leaves unprocessed. */
    private void readLines(List<String> keys, List<UsageLine> into) {
        List<Map<String, AttributeValue>> wanted = keys.stream()
                .map(k -> Map.of(CacheTable.PK, AttributeValue.fromS(k))).toList();
        Map<String, KeysAndAttributes> request = Map.of(table,
                KeysAndAttributes.builder().keys(wanted).consistentRead(true).build());
        for (int round = 1; !request.isEmpty(); round++) {
            Map<String, KeysAndAttributes> asked = request;
            BatchGetItemResponse response = calls.read("read spend ledger lines", table,
                    () -> calls.client().batchGetItem(r -> r.requestItems(asked)));
            response.responses().getOrDefault(table, List.of()).forEach(item -> into.add(line(item)));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            if (!request.isEmpty()) {
                StoreCalls.pause(Math.min(1000, 50L * round));
            }
        }
    }

    private static UsageLine line(Map<String, AttributeValue> item) {
        AttributeValue profile = item.get(PROFILE);
        String purpose = item.get(PURPOSE).s();
        boolean oldHit = OLD_CACHE_HIT.equals(purpose);
        AttributeValue hit = item.get(CACHE_HIT);
        return new UsageLine(LocalDate.parse(item.get(DAY).s()), ModelTier.valueOf(item.get(TIER).s()),
                item.get(MODEL).s(), oldHit ? CallPurpose.STORY : CallPurpose.valueOf(purpose),
                oldHit || (hit != null && Boolean.TRUE.equals(hit.bool())), profile == null ? null : profile.s(),
                whole(item, CALLS), whole(item, INPUT), whole(item, OUTPUT), amount(item, COST), amount(item, SAVED));
    }

    private static long whole(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : new BigDecimal(v.n()).longValueExact();
    }

    private static BigDecimal amount(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.n());
    }

    private static String dayKey(LocalDate day) {
        return PREFIX + day;
    }

    private static String profileKey(LocalDate day, String profileId) {
        return PREFIX + day + "#profile#" + profileId;
    }

    /**
     * The line's dimensions hashed, so the key stays short whatever the model id and profile id. They are
     * spelled as before {@link CallPurpose} (a cache hit's purpose as {@value #OLD_CACHE_HIT}), so a line keeps
     * its item in tables written by earlier versions.
     */
    private static String lineKey(UsageLine line) {
        String dimensions = line.day() + "|" + line.tier() + "|" + (line.cacheHit() ? OLD_CACHE_HIT : line.purpose())
                + "|" + line.modelId() + "|" + (line.profileId() == null ? "" : line.profileId());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dimensions.getBytes(StandardCharsets.UTF_8));
            return PREFIX + line.day() + "#line#" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Every spend item of a day expires {@value #KEPT_DAYS} days after the day ends. */
    private static long expiresAtMillis(String key) {
        LocalDate day = LocalDate.parse(key.substring(PREFIX.length(), PREFIX.length() + 10));
        return day.plusDays(KEPT_DAYS + 1L).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static AttributeValue number(long value) {
        return StoreCalls.number(value);
    }

    private static AttributeValue decimal(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }
}
