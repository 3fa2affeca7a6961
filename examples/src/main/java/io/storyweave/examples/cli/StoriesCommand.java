package io.storyweave.examples.cli;

import io.storyweave.Story;
import io.storyweave.StoryWeave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyweave stories list --profile ID}: a profile's library, newest first. */
@Command(name = "stories", description = "Stories kept in the store (default store: dynamodb).",
        subcommands = StoriesCommand.ListStories.class)
public final class StoriesCommand implements Callable<Integer> {
    /** @param ctx the command-line context (unused; subcommands do the work) */
    public StoriesCommand(CliContext ctx) {
        // picocli creates every command through the same factory
    }

    @Override
    public Integer call() {
        throw new UsageException("stories needs a subcommand: list --profile ID.");
    }

    /** {@code stories list}. */
    @Command(name = "list", description = "List a profile's stories, newest first.")
    static final class ListStories implements Callable<Integer> {
        private final CliContext ctx;

        @Option(names = "--profile", required = true, paramLabel = "ID", description = "The profile id.")
        String profileId;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N stories (1 to 1000).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array of stories.")
        boolean json;

        @Mixin
        StoreOptions storeOptions = new StoreOptions();

        ListStories(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Paging.checkLimit(limit);
            try (StoryWeave sw = ProfilesCommand.open(ctx, storeOptions)) {
                if (sw.profiles().get(profileId).isEmpty()) {
                    throw ProfilesCommand.notFound(sw, profileId);
                }
                List<Story> all = Paging.collect(limit, (size, token) -> sw.stories().listByProfile(profileId, size, token));
                if (json) {
                    var array = StoryPrinter.array();
                    all.forEach(s -> array.add(StoryPrinter.storyJson(s, null)));
                    StoryPrinter.printJson(ctx.out(), array);
                } else if (all.isEmpty()) {
                    ctx.out().println("No stories for profile " + profileId + " yet.");
                } else {
                    for (Story s : all) {
                        ctx.out().println(s.id() + "  " + s.createdAt() + "  " + s.title() + "  (" + s.pages().size()
                                + " pages, " + s.modelId() + ")");
                    }
                }
            }
            return Main.EXIT_OK;
        }
    }
}
