package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.NotFoundException;
import io.storyweave.Page;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryProgress;
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

    @Option(names = "--stream", description = "Show progress while the model writes and the checks run (on standard"
            + " error), then the pages; no page is shown before the whole story has passed every check.")
    boolean stream;

    @Option(names = "--fresh", description = "Write a new story even when an identical one is cached.")
    boolean fresh;

    @Option(names = "--pronouns", paramLabel = "she|he|they",
            description = "The pronouns the story uses for the hero (default: the profile's, else left to the model).")
    String pronouns;

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
        // A person at a terminal sees a line at once, long before the client and the model answer.
        ProgressLine progress = ctx.terminal() && !stream && !ctx.json()
                ? new ProgressLine(ctx, chosenTier, plan.request == null ? pages : plan.request.pages()) : null;
        List<Object> printed = new ArrayList<>();
        try (progress; StoryWeave sw = ctx.clients().create(chosenTier, store, storeOptions.properties())) {
            if (progress != null) {
                progress.model(sw.modelId());
            }
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                Story story;
                try {
                    story = write(sw, plan, progress);
                } catch (StorageException e) {
                    if (e.unsavedStory().isEmpty()) {
                        throw e;
                    }
                    // The story was paid for but not stored: show it, then report the failure.
                    report(e.unsavedStory().get(), Duration.ofNanos(System.nanoTime() - started), printed);
                    throw notStored(e);
                }
                report(story, Duration.ofNanos(System.nanoTime() - started), printed);
            }
        }
        return Main.EXIT_OK;
    }

    /** The SDK's advice (take it from unsavedStory()) is for programs; here the story is already on screen. */
    private static StorageException notStored(StorageException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new StorageException("The story above was written but could not be stored: " + why, e);
    }

    private record Plan(StoryRequest request, StoryOptions options) {
    }

    private Plan plan() {
        if (stream && ctx.json()) {
            throw new UsageException("--stream and --json cannot be used together: --stream prints pages as text.");
        }
        if (repeat < 1 || repeat > 10) {
            throw new UsageException("Invalid value for --repeat: must be between 1 and 10, was " + repeat + ".");
        }
        Inputs.require(theme, "--theme", "what the story is about, e.g. --theme space");
        if (profileId != null) {
            if (!neurotypes.isEmpty() || age != null || !interests.isEmpty() || !avoid.isEmpty() || literal
                    || anxietyStyle != null || pronouns != null) {
                throw new UsageException("--profile takes age, neurotypes, interests, needs and pronouns from the stored"
                        + " profile; drop --neurotype, --age, --interests, --avoid, --literal, --anxiety-style and"
                        + " --pronouns (change the profile with 'storyweave profiles update').");
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
                .anxietyStyle(Inputs.anxietyStyle(anxietyStyle)).heroPronouns(Inputs.pronouns(pronouns))
                .fresh(fresh).build());
        return new Plan(request, null);
    }

    private Story write(StoryWeave sw, Plan plan, ProgressLine progress) {
        StoryListener listener = stream ? new PagePrinter() : progress;
        try {
            if (plan.request != null) {
                return listener == null ? sw.createStory(plan.request) : sw.createStoryStreaming(plan.request, listener);
            }
            return listener == null ? sw.createStory(profileId, plan.options)
                    : sw.createStoryStreaming(profileId, plan.options, listener);
        } catch (NotFoundException e) {
            if (plan.request != null) {
                throw e;
            }
            throw new NotFoundException("profileId", "No profile with id " + profileId + " in the " + sw.storeName()
                    + " store. List them with 'storyweave profiles list' or create one with 'storyweave profiles create'.");
        } finally {
            if (progress != null) {
                // A failure's line, or the story, must not start in the middle of the progress line.
                progress.close();
            }
        }
    }

    /** With --json: one object, or for --repeat one array once the last story is in. */
    private void report(Story story, Duration elapsed, List<Object> printed) {
        if (ctx.json()) {
            printed.add(StoryPrinter.storyJson(story, elapsed));
            if (repeat == 1) {
                StoryPrinter.printJson(ctx.out(), printed.get(0));
            } else if (printed.size() == repeat) {
                StoryPrinter.printJson(ctx.out(), printed);
            }
            return;
        }
        StoryPrinter.printStory(ctx.out(), story);
        StoryPrinter.printFooter(ctx.out(), story, elapsed);
    }

    /** Progress lines on standard error while the story is written and checked; the story is printed once accepted. */
    private final class PagePrinter implements StoryListener {
        @Override
        public void onProgress(StoryProgress progress) {
            ctx.err().println("(" + progress.detail() + ")");
            ctx.err().flush();
        }

        @Override
        public void onPage(int pageNumber, Page page) {
            // The accepted story is printed as a whole when it returns.
        }
    }
}
