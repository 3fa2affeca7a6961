package io.storyweave.dynamodb.internal;

import io.storyweave.StoryWeaveConfigException;

import java.util.regex.Pattern;

/**
 * One of the store's tables: what it is for, its resolved name, the setting that maps it, and
 * the key it must have.
 *
 * @param role        {@code profiles}, {@code stories} or {@code cache}
 * @param name        the table name in DynamoDB, prefix included
 * @param configKey   the setting that maps it, e.g. {@code storyweave.dynamodb.cacheTable}
 * @param hashKey     the partition key attribute (a string)
 * @param storiesIndex whether it needs the stories-by-profile index
 * @param ttlAttribute the attribute DynamoDB's time to live must be on, or {@code null} for a table
 *                     without expiring items
 */
public record TableSpec(String role, String name, String configKey, String hashKey, boolean storiesIndex,
                        String ttlAttribute) {
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    /** Rejects names DynamoDB would reject, naming the setting to fix. */
    public TableSpec {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new StoryWeaveConfigException("The " + role + " table name \"" + name + "\" is not a valid DynamoDB"
                    + " table name (3 to 255 characters of a-z A-Z 0-9 _ . -). Fix " + configKey
                    + " or storyweave.dynamodb.tablePrefix.");
        }
    }
}
