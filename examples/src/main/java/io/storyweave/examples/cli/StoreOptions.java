package io.storyweave.examples.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --store} and {@code --table-prefix} options shared by the commands that use a store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "memory|dynamodb",
            description = "Where profiles, stories and the shared cache live (default: STORYWEAVE_STORE, else memory for create and dynamodb for the other commands).")
    String store;

    @Option(names = "--table-prefix", paramLabel = "PREFIX",
            description = "DynamoDB table name prefix (default: STORYWEAVE_DYNAMODB_TABLE_PREFIX or the store's default).")
    String tablePrefix;

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
            properties.put("storyweave.dynamodb.tablePrefix", tablePrefix);
        }
        return properties;
    }
}
