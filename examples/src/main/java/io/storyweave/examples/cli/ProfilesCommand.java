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

/** {@code storyweave profiles create|get|update|list|delete}: child profiles in the store. */
@Command(name = "profiles", description = "Create, show, change, list and delete child profiles (default store: dynamodb).",
        subcommands = {ProfilesCommand.Create.class, ProfilesCommand.Get.class, ProfilesCommand.Update.class,
                ProfilesCommand.ListProfiles.class, ProfilesCommand.Delete.class})
public final class ProfilesCommand implements Callable<Integer> {
    private final CliContext ctx;

    /** @param ctx the command-line context */
    public ProfilesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        throw new UsageException("profiles needs a subcommand: create, get, update, list or delete.");
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

        @Option(names = "--pronouns", paramLabel = "she|he|they", description = "The pronouns stories use for the child"
                + " (default: left to the model).")
        String pronouns;

        @Option(names = "--id", paramLabel = "ID", description = "Choose the id (default: a random UUID).")
        String id;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Create(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            ChildProfile profile = Inputs.validated(() -> {
                ChildProfile.Builder builder = ChildProfile.builder().displayName(name).age(age).interests(interests)
                        .topicsToAvoid(avoid).literalLanguage(literal).anxietyStyle(Inputs.anxietyStyle(anxietyStyle))
                        .pronouns(Inputs.pronouns(pronouns));
                if (!neurotypes.isEmpty()) {
                    builder.neurotypes(Inputs.neurotypes(neurotypes));
                }
                if (id != null) {
                    builder.id(id);
                }
                return builder.build();
            });
            try (StoryWeave sw = open(ctx, storeOptions)) {
                printStored(ctx, "Created", sw.profiles().create(profile));
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

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Get(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (StoryWeave sw = open(ctx, storeOptions)) {
                ChildProfile profile = sw.profiles().get(id).orElseThrow(() -> notFound(sw, id));
                if (ctx.json()) {
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

    /** {@code profiles update ID}. */
    @Command(name = "update", description = {"Change a profile: only the options given change; the same checks as"
            + " create.", "Fails, changing nothing, when someone else changed the profile meanwhile."})
    static final class Update implements Callable<Integer> {
        private final CliContext ctx;

        @Parameters(paramLabel = "ID", description = "The profile id.")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "The child's name, 1 to 40 characters.")
        String name;

        @Option(names = "--age", paramLabel = "AGE", description = "3 to 12.")
        Integer age;

        @Option(names = "--neurotype", split = ",", paramLabel = "TYPE",
                description = "Replaces the neurotypes: neurotypical, adhd, autism, dyslexia or anxiety.")
        List<String> neurotypes;

        @Option(names = "--interests", split = ",", paramLabel = "LIST", description = "Replaces the interests (up to 8).")
        List<String> interests;

        @Option(names = "--avoid", split = ",", paramLabel = "LIST", description = "Replaces the topics to avoid.")
        List<String> avoid;

        @Option(names = "--literal", negatable = true, description = "No idioms, metaphors or sarcasm (--no-literal: allow them).")
        Boolean literal;

        @Option(names = "--anxiety-style", paramLabel = "STYLE", description = "calm or coping.")
        String anxietyStyle;

        @Option(names = "--pronouns", paramLabel = "she|he|they", description = "The pronouns stories use for the child.")
        String pronouns;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Update(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (name == null && age == null && neurotypes == null && interests == null && avoid == null && literal == null
                    && anxietyStyle == null && pronouns == null) {
                throw new UsageException("profiles update needs at least one change: --name, --age, --neurotype,"
                        + " --interests, --avoid, --[no-]literal, --anxiety-style or --pronouns.");
            }
            // Option values are checked before any client exists, so a bad value sends nothing.
            List<io.storyweave.Neurotype> types = neurotypes == null ? null : Inputs.neurotypes(neurotypes);
            io.storyweave.AnxietyStyle style = Inputs.anxietyStyle(anxietyStyle);
            io.storyweave.Pronouns chosen = Inputs.pronouns(pronouns);
            try (StoryWeave sw = open(ctx, storeOptions)) {
                ChildProfile current = sw.profiles().get(id).orElseThrow(() -> notFound(sw, id));
                ChildProfile changed = Inputs.validated(() -> {
                    ChildProfile.Builder b = current.toBuilder();
                    if (name != null) {
                        b.displayName(name);
                    }
                    if (age != null) {
                        b.age(age);
                    }
                    if (types != null) {
                        b.neurotypes(types);
                    }
                    if (interests != null) {
                        b.interests(interests);
                    }
                    if (avoid != null) {
                        b.topicsToAvoid(avoid);
                    }
                    if (literal != null) {
                        b.literalLanguage(literal);
                    }
                    if (style != null) {
                        b.anxietyStyle(style);
                    }
                    if (chosen != null) {
                        b.pronouns(chosen);
                    }
                    return b.build();
                });
                printStored(ctx, "Updated", sw.profiles().update(changed));
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code profiles list}. */
    @Command(name = "list", description = {"List profiles, one per line.",
            "Prints the cursor that continues the listing: pass it to --after."})
    static final class ListProfiles implements Callable<Integer> {
        private final CliContext ctx;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N profiles (1 to 1000, default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR", description = "Continue a listing where it stopped (the cursor it printed).")
        String after;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        ListProfiles(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Paging.checkLimit(limit);
            try (StoryWeave sw = open(ctx, storeOptions)) {
                Paging.print(ctx, Paging.collect(limit, after, sw.profiles()::list), "profiles", StoryPrinter::profileJson,
                        StoryPrinter::profileLine, "storyweave profiles list --limit " + limit,
                        "No profiles in the " + sw.storeName() + " store.");
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
                if (ctx.json()) {
                    StoryPrinter.printJson(ctx.out(), java.util.Map.of("deleted", id));
                } else {
                    ctx.out().println("Deleted profile " + id + " and its stories.");
                }
            }
            return Main.EXIT_OK;
        }
    }

    private static void printStored(CliContext ctx, String what, ChildProfile stored) {
        if (ctx.json()) {
            StoryPrinter.printJson(ctx.out(), StoryPrinter.profileJson(stored));
        } else {
            ctx.out().println(what + " profile " + stored.id() + " (version " + stored.version() + ")");
            ctx.out().println(StoryPrinter.profileLine(stored));
        }
    }

    static NotFoundException notFound(StoryWeave sw, String id) {
        return new NotFoundException("profileId", "No profile with id " + id + " in the " + sw.storeName()
                + " store; 'storyweave profiles list' shows the ids.");
    }
}
