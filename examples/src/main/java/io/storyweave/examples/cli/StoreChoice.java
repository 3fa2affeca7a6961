package io.storyweave.examples.cli;

import java.util.Locale;

/** The stores the command line can use. */
public enum StoreChoice {
    /** In this process only: gone when the command ends. */
    MEMORY,
    /** DynamoDB tables: profiles, stories and a story cache shared between processes. */
    DYNAMODB;

    /** @return the store's plugin name */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value  e.g. {@code dynamodb}
     * @param source where it came from, named in the error
     * @return the choice
     * @throws UsageException listing the allowed values
     */
    public static StoreChoice parse(String value, String source) {
        for (StoreChoice choice : values()) {
            if (choice.id().equalsIgnoreCase(value.trim())) {
                return choice;
            }
        }
        throw new UsageException("Invalid value for " + source + ": '" + value + "'. Allowed: memory, dynamodb.");
    }
}
