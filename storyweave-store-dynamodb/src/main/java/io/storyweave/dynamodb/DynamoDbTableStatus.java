package io.storyweave.dynamodb;

import java.util.List;
import java.util.Objects;

/**
 * The state of one of the store's tables, for {@code storyweave tables status} and
 * {@code storyweave doctor}.
 *
 * @param role          {@code profiles}, {@code stories} or {@code cache}
 * @param name          the table name looked for, prefix included
 * @param configKey     the setting that maps this table's name, e.g. {@code storyweave.dynamodb.cacheTable}
 * @param status        DynamoDB's table status ({@code ACTIVE}, {@code CREATING}, ...) or {@link #MISSING}
 * @param problems      what is wrong with an existing table (key schema, missing index, time to live on
 *                      another attribute than StoryWeave's), each with what to do; empty when fine
 * @param similarTables existing tables with similar names, closest first (candidates for mapping)
 * @param timeToLive    for the cache table, the TTL state ({@code ENABLED on expiresAt}, {@code ENABLING on ttl},
 *                      {@code DISABLED}, or {@code not supported by this endpoint}); {@code null} for the others
 *                      or when missing
 */
public record DynamoDbTableStatus(String role, String name, String configKey, String status, List<String> problems,
                                  List<String> similarTables, String timeToLive) {
    /** The status of a table that does not exist. */
    public static final String MISSING = "MISSING";

    /** Copies the lists. */
    public DynamoDbTableStatus {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        similarTables = List.copyOf(similarTables);
    }

    /** @return whether the table exists */
    public boolean present() {
        return !MISSING.equals(status);
    }

    /** @return whether StoryWeave can use it now: it exists, is ACTIVE (or UPDATING) and has no problems */
    public boolean ready() {
        return ("ACTIVE".equals(status) || "UPDATING".equals(status)) && problems.isEmpty();
    }
}
