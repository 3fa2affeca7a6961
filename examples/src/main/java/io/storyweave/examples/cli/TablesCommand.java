package io.storyweave.examples.cli;

import io.storyweave.dynamodb.DynamoDbStoryStore;
import io.storyweave.dynamodb.DynamoDbTableStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyweave tables status|create}: the DynamoDB store's tables. */
@Command(name = "tables", description = "Show or create the DynamoDB tables.",
        subcommands = {TablesCommand.Status.class, TablesCommand.Create.class})
public final class TablesCommand implements Callable<Integer> {
    /** @param ctx the command-line context (unused; subcommands do the work) */
    public TablesCommand(CliContext ctx) {
        // picocli creates every command through the same factory
    }

    @Override
    public Integer call() {
        throw new UsageException("tables needs a subcommand: status or create.");
    }

    private static DynamoDbStoryStore open(StoreOptions options) {
        return StoreAdmin.open(options.properties(), null);
    }

    /** {@code tables status}: exit 0 when every table is ready, 1 otherwise. */
    @Command(name = "status", description = "Show each table: ready, missing (with similar names) or unusable.")
    static final class Status implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Status(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (DynamoDbStoryStore store = open(storeOptions)) {
                List<DynamoDbTableStatus> tables = store.tableStatus();
                boolean ready = tables.stream().allMatch(DynamoDbTableStatus::ready);
                if (ctx.json()) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("location", store.location());
                    out.put("ready", ready);
                    out.put("tables", tables.stream().map(TablesCommand::json).toList());
                    StoryPrinter.printJson(ctx.out(), out);
                    return ready ? Main.EXIT_OK : Main.EXIT_FAILURE;
                }
                ctx.out().println("DynamoDB tables (" + store.location() + "):");
                for (DynamoDbTableStatus table : tables) {
                    ctx.out().println("  " + String.format("%-8s", table.role()) + " " + table.name() + "  "
                            + (table.present() ? table.status() : "MISSING" + (table.similarTables().isEmpty() ? ""
                            : " (similarly named: " + String.join(", ", table.similarTables()) + ")"))
                            + (table.problems().isEmpty() ? "" : "  problems: " + String.join("; ", table.problems())));
                }
                if (tables.stream().anyMatch(table -> !table.present())) {
                    ctx.out().println("Not ready: run 'storyweave tables create' to create the missing tables.");
                } else if (!ready) {
                    ctx.out().println("Not ready: see the status and problems above.");
                }
                return ready ? Main.EXIT_OK : Main.EXIT_FAILURE;
            }
        }
    }

    /** {@code tables create}: creates the missing tables and waits until they are active. */
    @Command(name = "create", description = "Create the missing tables (on-demand billing) and wait until they are active.")
    static final class Create implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Create(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (DynamoDbStoryStore store = open(storeOptions)) {
                List<String> created = store.ensureTables();
                if (ctx.json()) {
                    StoryPrinter.printJson(ctx.out(), Map.of("created", created, "tables",
                            List.of(store.profilesTable(), store.storiesTable(), store.cacheTable())));
                    return Main.EXIT_OK;
                }
                ctx.out().println(created.isEmpty() ? "All tables already exist: " + String.join(", ",
                        List.of(store.profilesTable(), store.storiesTable(), store.cacheTable()))
                        : "Created: " + String.join(", ", created));
            }
            return Main.EXIT_OK;
        }
    }

    private static Map<String, Object> json(DynamoDbTableStatus table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", table.role());
        out.put("name", table.name());
        out.put("status", table.status());
        out.put("ready", table.ready());
        out.put("timeToLive", table.timeToLive());
        out.put("similarTables", table.similarTables());
        out.put("problems", table.problems());
        return out;
    }
}
