package io.storyweave.examples.cli;

import io.storyweave.dynamodb.DynamoDbStoryStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code --store} and {@code --table-prefix} options shared by the commands that use a store. */
public final class StoreOptions {
    /** DynamoDB table names are at most 255 characters, and the prefix comes before the longest default name. */
    static final int MAX_TABLE_PREFIX = 255 - Stream.of(DynamoDbStoryStore.DEFAULT_PROFILES_TABLE,
            DynamoDbStoryStore.DEFAULT_STORIES_TABLE, DynamoDbStoryStore.DEFAULT_CACHE_TABLE)
            .mapToInt(String::length).max().orElseThrow();
    private static final Pattern TABLE_NAME_CHARACTERS = Pattern.compile("[a-zA-Z0-9_.-]*");

    @Option(names = "--store", paramLabel = "memory|dynamodb",
            description = "Where profiles, stories and the shared cache live (default: STORYWEAVE_STORE, else memory for create and dynamodb for the other commands).")
    String store;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private String tablePrefix;

    /**
     * Checked as it is parsed, so a bad prefix is bad usage before any client exists.
     *
     * @param value the {@code --table-prefix} value
     */
    @Option(names = "--table-prefix", paramLabel = "PREFIX",
            description = "DynamoDB table name prefix (default: STORYWEAVE_DYNAMODB_TABLE_PREFIX or the store's default).")
    void tablePrefix(String value) {
        if (!TABLE_NAME_CHARACTERS.matcher(value).matches() || value.length() > MAX_TABLE_PREFIX) {
            throw new ParameterException(command.commandLine(), "Invalid value for --table-prefix: '" + value
                    + "'. Allowed: up to " + MAX_TABLE_PREFIX + " characters from a-z A-Z 0-9 _ . - (as in DynamoDB"
                    + " table names), e.g. --table-prefix prod-.");
        }
        tablePrefix = value;
    }

    /**
     * @param ctx       the command-line context
     * @param otherwise the command's default store
     * @return the chosen store name
     */
    public String storeName(CliContext ctx, StoreChoice otherwise) {
        return ctx.store(store == null ? null : StoreChoice.parse(store, "--store"), otherwise);
    }

    /** @return builder properties these options set */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (tablePrefix != null) {
            properties.put(DynamoDbStoryStore.KEY_TABLE_PREFIX, tablePrefix);
        }
        return properties;
    }
}
