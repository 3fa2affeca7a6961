package io.storyweave.examples.cli;

import io.storyweave.ChildProfile;
import io.storyweave.NotFoundException;
import io.storyweave.StoryWeave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyweave profiles create|get|list|delete}: child profiles in the store. */
@Command(name = "profiles", description = "Create, show, list and delete child profiles (default store: dynamodb).",
        subcommands = {ProfilesCommand.Create.class, ProfilesCommand.Get.class, ProfilesCommand.ListProfiles.class,
                ProfilesCommand.Delete.class})
public final class ProfilesCommand implements Callable<Integer> {
    private final CliContext ctx;

    /** @param ctx the command-line context */
    public ProfilesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        throw new UsageException("profiles needs a subcommand: create, get, list or delete.");
    }

    /**
     * Opens a client on the chosen store (dynamodb unless told otherwise).
     *
     * @param ctx     the context
     * @param options the store options
     * @return the client
     */
    static StoryWeave open(CliContext ctx, StoreOptions options) {
        String store = options.storeName(ctx, StoreChoice.DYNAMODB);
        if (StoreChoice.MEMORY.id().equals(store)) {
            ctx.err().println("storyweave: note: the memory store forgets everything when this command ends.");
        }
        return ctx.clients().create(ctx.tier(null), store, options.properties());
    }

    /** {@code profiles create}. */
    @Command(name = "create", description = "Store a new child profile and print its id.")
    static final class Create implements Callable<Integer> {
        private final CliContext ctx;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The child's name, 1 to 40 characters.")
        String name;

        @Option(names = "--age", required = true, paramLabel = "AGE", description = "3 to 12.")
        int age;

        @Option(names = "--neurotype", split = ",", paramLabel = "TYPE",
                description = "neurotypical (default), adhd, autism, dyslexia or anxiety; several allowed.")
        List<String> neurotypes = new ArrayList<>();

        @Option(names = "--interests", split = ",", paramLabel = "LIST", description = "Up to 8 interests.")
        List<String> interests = new ArrayList<>();

        @Option(names = "--avoid", split = ",", paramLabel = "LIST", description = "Topics never to write about.")
        List<String> avoid = new ArrayList<>();

        @Option(names = "--literal", description = "No idioms, metaphors or sarcasm.")
        boolean literal;

        @Option(names = "--anxiety-style", paramLabel = "STYLE", description = "calm or coping.")
        String anxietyStyle;

        @Option(names = "--id", paramLabel = "ID", description = "Choose the id (default: a random UUID).")
        String id;

        @Option(names = "--json", description = "Print the stored profile as JSON.")
        boolean json;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Create(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            ChildProfile profile = Inputs.validated(() -> {
                ChildProfile.Builder builder = ChildProfile.builder().displayName(name).age(age).interests(interests)
                        .topicsToAvoid(avoid).literalLanguage(literal).anxietyStyle(Inputs.anxietyStyle(anxietyStyle));
                if (!neurotypes.isEmpty()) {
                    builder.neurotypes(Inputs.neurotypes(neurotypes));
                }
                if (id != null) {
                    builder.id(id);
                }
                return builder.build();
            });
            try (StoryWeave sw = open(ctx, storeOptions)) {
                ChildProfile stored = sw.profiles().create(profile);
                if (json) {
                    StoryPrinter.printJson(ctx.out(), StoryPrinter.profileJson(stored));
                } else {
                    ctx.out().println("Created profile " + stored.id());
                    ctx.out().println(StoryPrinter.profileLine(stored));
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code profiles get ID}. */
    @Command(name = "get", description = "Show one profile.")
    static final class Get implements Callable<Integer> {
        private final CliContext ctx;

        @Parameters(paramLabel = "ID", description = "The profile id.")
        String id;

        @Option(names = "--json", description = "Print the profile as JSON.")
        boolean json;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Get(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (StoryWeave sw = open(ctx, storeOptions)) {
                ChildProfile profile = sw.profiles().get(id).orElseThrow(() -> notFound(sw, id));
                if (json) {
                    StoryPrinter.printJson(ctx.out(), StoryPrinter.profileJson(profile));
                } else {
                    ctx.out().println(StoryPrinter.profileLine(profile));
                    if (!profile.topicsToAvoid().isEmpty()) {
                        ctx.out().println("  avoids: " + String.join(", ", profile.topicsToAvoid()));
                    }
                    ctx.out().println("  version " + profile.version() + ", created " + profile.createdAt()
                            + ", updated " + profile.updatedAt());
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code profiles list}. */
    @Command(name = "list", description = "List profiles, one per line.")
    static final class ListProfiles implements Callable<Integer> {
        private final CliContext ctx;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N profiles (1 to 1000).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        ListProfiles(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Paging.checkLimit(limit);
            try (StoryWeave sw = open(ctx, storeOptions)) {
                List<ChildProfile> all = Paging.collect(limit, sw.profiles()::list);
                if (json) {
                    var array = StoryPrinter.array();
                    all.forEach(p -> array.add(StoryPrinter.profileJson(p)));
                    StoryPrinter.printJson(ctx.out(), array);
                } else if (all.isEmpty()) {
                    ctx.out().println("No profiles in the " + sw.storeName() + " store.");
                } else {
                    all.forEach(p -> ctx.out().println(StoryPrinter.profileLine(p)));
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code profiles delete ID}. */
    @Command(name = "delete", description = "Delete a profile and every story written for it.")
    static final class Delete implements Callable<Integer> {
        private final CliContext ctx;

        @Parameters(paramLabel = "ID", description = "The profile id.")
        String id;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Delete(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (StoryWeave sw = open(ctx, storeOptions)) {
                if (!sw.profiles().delete(id)) {
                    throw notFound(sw, id);
                }
                ctx.out().println("Deleted profile " + id + " and its stories.");
            }
            return Main.EXIT_OK;
        }
    }

    static NotFoundException notFound(StoryWeave sw, String id) {
        return new NotFoundException("profileId", "No profile with id " + id + " in the " + sw.storeName()
                + " store; 'storyweave profiles list' shows the ids.");
    }
}
