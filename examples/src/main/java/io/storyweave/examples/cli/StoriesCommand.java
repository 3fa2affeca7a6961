package io.storyweave.examples.cli;

import io.storyweave.NotFoundException;
import io.storyweave.Story;
import io.storyweave.StoryWeave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyweave stories get|list|delete}: stories kept in profiles' libraries. */
@Command(name = "stories", description = "Show, list and delete stories kept in profiles' libraries (default store:"
        + " dynamodb).", subcommands = {StoriesCommand.Get.class, StoriesCommand.ListStories.class,
        StoriesCommand.Delete.class})
public final class StoriesCommand implements Callable<Integer> {
    /** @param ctx the command-line context (unused; subcommands do the work) */
    public StoriesCommand(CliContext ctx) {
        // picocli creates every command through the same factory
    }

    @Override
    public Integer call() {
        throw new UsageException("stories needs a subcommand: get ID, list [--profile ID] or delete ID.");
    }

    static NotFoundException notFound(StoryWeave sw, String id) {
        return new NotFoundException("id", "No story with id " + id + " in the " + sw.storeName() + " store;"
                + " 'storyweave stories list' shows the ids.");
    }

    /** {@code stories get ID}. */
    @Command(name = "get", description = "Show one story: title, pages and how it was made.")
    static final class Get implements Callable<Integer> {
        private final CliContext ctx;

        @Parameters(paramLabel = "ID", description = "The story id.")
        String id;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Get(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (StoryWeave sw = ProfilesCommand.open(ctx, storeOptions)) {
                Story story = sw.stories().get(id).orElseThrow(() -> notFound(sw, id));
                if (ctx.json()) {
                    StoryPrinter.printJson(ctx.out(), StoryPrinter.storyJson(story, null));
                } else {
                    StoryPrinter.printStory(ctx.out(), story);
                    StoryPrinter.printFooter(ctx.out(), story, null);
                }
            }
            return Main.EXIT_OK;
        }
    }

    /** {@code stories list}. */
    @Command(name = "list", description = {"List stories: a profile's, newest first, or every profile's (in the"
            + " store's order).", "Prints the cursor that continues the listing: pass it to --after."})
    static final class ListStories implements Callable<Integer> {
        private final CliContext ctx;

        @Option(names = "--profile", paramLabel = "ID", description = "Only this profile's stories (default: every profile's).")
        String profileId;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N stories (1 to 1000, default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR", description = "Continue a listing where it stopped (the cursor it printed).")
        String after;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        ListStories(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Paging.checkLimit(limit);
            try (StoryWeave sw = ProfilesCommand.open(ctx, storeOptions)) {
                if (profileId != null && sw.profiles().get(profileId).isEmpty()) {
                    throw ProfilesCommand.notFound(sw, profileId);
                }
                Paging.Listing<Story> listing = Paging.collect(limit, after, (size, token) -> profileId == null
                        ? sw.stories().listAll(size, token) : sw.stories().listByProfile(profileId, size, token));
                String again = "storyweave stories list" + (profileId == null ? "" : " --profile " + profileId)
                        + " --limit " + limit;
                Paging.print(ctx, listing, "stories", s -> StoryPrinter.storyJson(s, null), StoriesCommand::line, again,
                        profileId == null ? "No stories in any profile's library yet."
                                : "No stories for profile " + profileId + " yet.");
            }
            return Main.EXIT_OK;
        }
    }

    static String line(Story s) {
        return s.id() + "  " + s.createdAt() + "  " + s.title() + "  (profile " + s.request().profileId() + ", "
                + s.pages().size() + " pages, " + s.modelId() + ")";
    }

    /** {@code stories delete ID}. */
    @Command(name = "delete", description = "Delete one story from its profile's library.")
    static final class Delete implements Callable<Integer> {
        private final CliContext ctx;

        @Parameters(paramLabel = "ID", description = "The story id.")
        String id;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        Delete(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (StoryWeave sw = ProfilesCommand.open(ctx, storeOptions)) {
                if (!sw.stories().delete(id)) {
                    throw notFound(sw, id);
                }
                if (ctx.json()) {
                    StoryPrinter.printJson(ctx.out(), Map.of("deleted", id));
                } else {
                    ctx.out().println("Deleted story " + id + ".");
                }
            }
            return Main.EXIT_OK;
        }
    }
}
