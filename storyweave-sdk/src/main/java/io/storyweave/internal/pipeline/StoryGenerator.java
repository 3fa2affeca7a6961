package io.storyweave.internal.pipeline;

import io.storyweave.ModelTier;
import io.storyweave.Page;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import io.storyweave.internal.prompt.PromptComposer;
import io.storyweave.internal.prompt.StorySchema;
import io.storyweave.internal.quality.Draft;
import io.storyweave.internal.quality.StoryChecker;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writes one story with the model: compose the prompt, call, parse, check, and when the draft
 * fails, one corrective regeneration that says what was wrong. The result is a template: the
 * hero is still {@link PromptComposer#HERO_PLACEHOLDER} and the request carries no child data.
 */
public final class StoryGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(StoryGenerator.class);
    private static final int MAX_DRAFTS = 2;

    private final ModelCaller caller;
    private final RuleBook ruleBook;
    private final PriceTable prices;
    private final Clock clock;

    public StoryGenerator(ModelCaller caller, RuleBook ruleBook, PriceTable prices, Clock clock) {
        this.caller = caller;
        this.ruleBook = ruleBook;
        this.prices = prices;
        this.clock = clock;
    }

    /** Hears about pages while a streaming draft is written (template text, hero not yet named). */
    public interface DraftListener {
        void onPageText(int pageNumber, String text);

        void onRestart(String reason);
    }

    public Story generate(StoryRequest request, ModelTier tier, DraftListener listener) {
        StoryRules rules = ruleBook.rulesFor(request);
        String system = PromptComposer.systemPrompt();
        String user = PromptComposer.userPrompt(request, rules);
        int maxTokens = tokenBudget(request, rules);
        TokenUsage usage = TokenUsage.ZERO;
        List<String> problems = List.of();
        for (int draftNumber = 1; draftNumber <= MAX_DRAFTS; draftNumber++) {
            String prompt = draftNumber == 1 ? user : PromptComposer.correction(user, problems);
            ModelRequest call = new ModelRequest(system, prompt, tier, maxTokens, StorySchema.SCHEMA, request.pages());
            ModelResponse response = caller.call(call, listener == null ? null : streamingSink(listener));
            usage = usage.plus(response.usage());
            Draft draft;
            try {
                draft = DraftParser.parse(response.outputJson());
            } catch (DraftParser.MalformedOutput e) {
                problems = List.of(e.getMessage());
                retryNotice(listener, draftNumber, problems);
                continue;
            }
            QualityReport report = StoryChecker.check(draft, request.pages(), rules, draftNumber);
            if (report.allPassed()) {
                return new Story(UUID.randomUUID().toString(), draft.title(),
                        draft.pages().stream().map(Page::new).toList(), templateRequest(request),
                        response.modelId(), tier, usage, prices.cost(response.modelId(), usage), clock.instant(),
                        StorySource.MODEL, report);
            }
            problems = report.failures();
            retryNotice(listener, draftNumber, problems);
        }
        throw new StoryRejectedException("The model's story failed the checks for this child twice (after one"
                + " corrective regeneration; " + usage.totalTokens() + " tokens used). Try again, choose a higher tier,"
                + " or loosen the request", problems);
    }

    private static void retryNotice(DraftListener listener, int draftNumber, List<String> problems) {
        if (draftNumber < MAX_DRAFTS) {
            LOG.info("Draft {} was rejected ({}); asking the model for one corrected draft", draftNumber, problems);
            if (listener != null) {
                listener.onRestart("the draft failed the checks: " + String.join("; ", problems));
            }
        }
    }

    private static Supplier<OutputSink> streamingSink(DraftListener listener) {
        int[] attempt = {0};
        int[] delivered = {0};
        return () -> {
            if (attempt[0]++ > 0 && delivered[0] > 0) {
                listener.onRestart("the model call failed part-way and is being retried");
            }
            delivered[0] = 0;
            return new OutputSink() {
                private StreamingPageParser parser = newParser();

                private StreamingPageParser newParser() {
                    return new StreamingPageParser(text -> listener.onPageText(++delivered[0], text));
                }

                @Override
                public void accept(String fragment) {
                    parser.accept(fragment);
                }

                @Override
                public void restart(String reason) {
                    if (delivered[0] > 0) {
                        listener.onRestart(reason);
                    }
                    delivered[0] = 0;
                    parser = newParser();
                }
            };
        };
    }

    /** Enough output tokens for the pages at this reading level, with a margin for JSON and variance. */
    static int tokenBudget(StoryRequest request, StoryRules rules) {
        double wordsPerPage = rules.maxPageWords();
        int budget = (int) Math.ceil(request.pages() * (wordsPerPage * 1.4 + 20) * 1.5) + 200;
        return Math.max(512, Math.min(budget, 8192));
    }

    /** The request as cached and shared: no hero name, no profile, not fresh. */
    public static StoryRequest templateRequest(StoryRequest request) {
        return request.toBuilder().heroName(null).profileId(null).fresh(false).build();
    }
}
