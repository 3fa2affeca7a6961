package io.storyweave.examples.cli;

import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.NotFoundException;
import io.storyweave.Page;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryOptions;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyweave create}: writes one story (or serves it from a cache) and prints it. */
@Command(name = "create", description = "Write a personalised story and print it with where it came from and what it cost.")
public final class CreateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--neurotype", split = ",", paramLabel = "TYPE",
            description = "neurotypical, adhd, autism, dyslexia or anxiety; repeat or separate with commas for several.")
    List<String> neurotypes = new ArrayList<>();

    @Option(names = "--age", paramLabel = "AGE", description = "The child's age, 3 to 12.")
    Integer age;

    @Option(names = "--theme", paramLabel = "THEME", description = "What the story is about, 1 to 60 characters.")
    String theme;

    @Option(names = "--interests", split = ",", paramLabel = "LIST", description = "Up to 8 interests, comma separated.")
    List<String> interests = new ArrayList<>();

    @Option(names = "--avoid", split = ",", paramLabel = "LIST", description = "Topics that must never appear.")
    List<String> avoid = new ArrayList<>();

    @Option(names = "--pages", paramLabel = "N", defaultValue = "5", description = "Pages, 1 to 20 (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--tier", paramLabel = "TIER",
            description = "cheap, medium, quality or expensive (default: AWS_BEDROCK_MODEL_TIER, else medium).")
    String tier;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Write for a stored profile (age, neurotypes, interests and needs come from it).")
    String profileId;

    @Option(names = "--name", paramLabel = "NAME", description = "The hero's name (never sent to the model).")
    String heroName;

    @Option(names = "--literal", description = "No idioms, metaphors or sarcasm (always on for autism).")
    boolean literal;

    @Option(names = "--anxiety-style", paramLabel = "STYLE", description = "calm or coping (for anxiety).")
    String anxietyStyle;

    @Option(names = "--stream", description = "Print pages as the model writes them.")
    boolean stream;

    @Option(names = "--fresh", description = "Write a new story even when an identical one is cached.")
    boolean fresh;

    @Option(names = "--json", description = "Print one JSON object per story instead of text.")
    boolean json;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Ask for the same story N times in this process (1 to 10); repeats come from the cache.")
    int repeat;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    /** @param ctx the command-line context */
    public CreateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // Everything the user typed is checked before any client exists, so bad input sends nothing.
        Plan plan = plan();
        ModelTier chosenTier = ctx.tier(tier);
        // Profiles live in DynamoDB; a story without one needs no store beyond this process.
        String store = storeOptions.storeName(ctx, profileId != null ? StoreChoice.DYNAMODB : StoreChoice.MEMORY);
        try (StoryWeave sw = ctx.clients().create(chosenTier, store, storeOptions.properties())) {
            StoryRequest request = plan.request != null ? plan.request : requestForProfile(sw, plan.options);
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                Story story;
                try {
                    story = write(sw, request);
                } catch (StorageException e) {
                    // The story was paid for but not stored: show it, then report the failure.
                    e.unsavedStory().ifPresent(unsaved -> report(unsaved, Duration.ofNanos(System.nanoTime() - started)));
                    throw e;
                }
                report(story, Duration.ofNanos(System.nanoTime() - started));
            }
        }
        return Main.EXIT_OK;
    }

    private record Plan(StoryRequest request, StoryOptions options) {
    }

    private Plan plan() {
        if (stream && json) {
            throw new UsageException("--stream and --json cannot be used together: --stream prints pages as text.");
        }
        if (repeat < 1 || repeat > 10) {
            throw new UsageException("Invalid value for --repeat: must be between 1 and 10, was " + repeat + ".");
        }
        Inputs.require(theme, "--theme", "what the story is about, e.g. --theme space");
        if (profileId != null) {
            if (!neurotypes.isEmpty() || age != null || !interests.isEmpty() || !avoid.isEmpty() || literal
                    || anxietyStyle != null) {
                throw new UsageException("--profile takes age, neurotypes, interests and needs from the stored profile;"
                        + " drop --neurotype, --age, --interests, --avoid, --literal and --anxiety-style.");
            }
            // The profile's own values are checked by the SDK; the id and hero name get the request's checks here.
            Inputs.validated(() -> StoryRequest.builder().neurotype(Neurotype.NEUROTYPICAL).age(StoryRequest.MIN_AGE)
                    .theme(theme).pages(pages).profileId(profileId).heroName(heroName).build());
            return new Plan(null, Inputs.validated(() -> new StoryOptions(theme, pages, heroName, fresh)));
        }
        Inputs.require(neurotypes, "--neurotype", Inputs.allowed(Neurotype.values()));
        Inputs.require(age, "--age", "the child's age, 3 to 12");
        StoryRequest request = Inputs.validated(() -> StoryRequest.builder()
                .neurotypes(Inputs.neurotypes(neurotypes)).age(age).theme(theme).interests(interests).pages(pages)
                .heroName(heroName).literalLanguage(literal).topicsToAvoid(avoid)
                .anxietyStyle(Inputs.anxietyStyle(anxietyStyle)).fresh(fresh).build());
        return new Plan(request, null);
    }

    /** Builds the request the SDK builds for a profile, so streaming works for profiles too. */
    private StoryRequest requestForProfile(StoryWeave sw, StoryOptions options) {
        ChildProfile profile = sw.profiles().get(profileId).orElseThrow(() -> new NotFoundException("profileId",
                "No profile with id " + profileId + " in the " + sw.storeName() + " store. List them with"
                        + " 'storyweave profiles list' or create one with 'storyweave profiles create'."));
        return StoryRequest.builder()
                .neurotypes(profile.neurotypes()).age(profile.age()).theme(options.theme())
                .interests(profile.interests()).pages(options.pages()).profileId(profile.id())
                .heroName(options.heroName() != null ? options.heroName() : profile.displayName())
                .literalLanguage(profile.literalLanguage()).topicsToAvoid(profile.topicsToAvoid())
                .anxietyStyle(profile.anxietyStyle()).fresh(options.fresh()).build();
    }

    private Story write(StoryWeave sw, StoryRequest request) {
        if (stream) {
            return sw.createStoryStreaming(request, new PagePrinter());
        }
        if (ctx.terminal()) {
            return sw.createStoryStreaming(request, new Progress(request.pages()));
        }
        return sw.createStory(request);
    }

    private void report(Story story, Duration elapsed) {
        if (json) {
            StoryPrinter.printJson(ctx.out(), StoryPrinter.storyJson(story, elapsed));
            return;
        }
        if (stream) {
            ctx.out().println("Title: " + story.title());
        } else {
            StoryPrinter.printStory(ctx.out(), story);
        }
        StoryPrinter.printFooter(ctx.out(), story, elapsed);
    }

    /** Prints each page on standard output the moment it is complete. */
    private final class PagePrinter implements StoryListener {
        @Override
        public void onPage(int pageNumber, Page page) {
            StoryPrinter.printPage(ctx.out(), pageNumber, page);
        }

        @Override
        public void onRestart(String reason) {
            ctx.out().println("(starting again: " + reason + ")");
            ctx.out().flush();
        }
    }

    /** Shows "pages done" on the terminal's standard error while the model works. */
    private final class Progress implements StoryListener {
        private final int total;

        Progress(int total) {
            this.total = total;
        }

        @Override
        public void onPage(int pageNumber, Page page) {
            ctx.err().print("\rWriting your story: " + pageNumber + " of " + total + " pages done ");
            ctx.err().flush();
        }

        @Override
        public void onRestart(String reason) {
            ctx.err().print("\rStarting again (" + reason + ")                ");
            ctx.err().flush();
        }

        @Override
        public void onWaiting(String reason) {
            ctx.err().println("\r" + reason + ".");
            ctx.err().flush();
        }

        @Override
        public void onComplete(Story story) {
            ctx.err().print("\r" + " ".repeat(48) + "\r");
            ctx.err().flush();
        }
    }
}
