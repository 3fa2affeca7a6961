package io.storyweave.internal.pipeline;

import io.storyweave.CallPurpose;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryProgress;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeaveEvents.DraftChecked;
import io.storyweave.StoryWeaveEvents.DraftRejected;
import io.storyweave.TokenUsage;
import io.storyweave.internal.observe.Observers;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.prompt.PromptComposer;
import io.storyweave.internal.prompt.StorySchema;
import io.storyweave.internal.quality.ChecksFingerprint;
import io.storyweave.internal.quality.Draft;
import io.storyweave.internal.quality.StoryChecker;
import io.storyweave.internal.review.StoryReview;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.safety.SafetyContext;
import io.storyweave.internal.spend.SpendGuard;
import io.storyweave.spi.GuardVerdict;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes one story with the model and lets nothing through that has not passed every check that
 * can judge it: compose the prompt, call, parse, run the local checks, then (when on) the model
 * review, then (when the provider has one) the provider's output guard. A draft that fails any of
 * them gets one corrective rewrite that says what was wrong; a second failure is a
 * {@link StoryRejectedException}. While this runs, a listener hears progress only, never text.
 * The result is a template: the hero is still {@link PromptComposer#HERO_PLACEHOLDER}.
 */
public final class StoryGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(StoryGenerator.class);
    private static final int MAX_DRAFTS = 2;

    private final ModelCaller caller;
    private final ModelProvider provider;
    private final RuleBook ruleBook;
    private final Clock clock;
    private final ActiveModels models;
    private final SpendGuard spendGuard;
    private final Observers observers;

    /**
     * @param caller     calls the provider with retries
     * @param provider   the provider (for its output guard)
     * @param ruleBook   limits per age and needs
     * @param clock      for timestamps
     * @param models     the story's model and the review's (or none)
     * @param spendGuard refuses calls past the budget and records paid calls in the ledger
     * @param observers  hear of each draft that fails a check
     */
    public StoryGenerator(ModelCaller caller, ModelProvider provider, RuleBook ruleBook, Clock clock,
                          ActiveModels models, SpendGuard spendGuard, Observers observers) {
        this.caller = caller;
        this.provider = provider;
        this.ruleBook = ruleBook;
        this.clock = clock;
        this.models = models;
        this.spendGuard = spendGuard;
        this.observers = observers;
    }

    /** Tokens and estimated cost of every call made for one story, whatever model made it. */
    private static final class Spend {
        TokenUsage usage = TokenUsage.ZERO;
        BigDecimal cost = BigDecimal.ZERO;

        /** @return the call's estimated cost, or {@code null} when its price is unknown */
        BigDecimal add(ModelCaller.Answer answer) {
            usage = usage.plus(answer.response().usage());
            BigDecimal callCost = answer.cost();
            // One call of an unknown price makes the total unknown, not silently lower.
            cost = cost == null || callCost == null ? null : cost.add(callCost);
            return callCost;
        }
    }

    /**
     * @param request   the request
     * @param data      its free text with real names replaced
     * @param progress  hears progress (never text), or {@code null}
     * @param streaming whether to stream the model's answer (progress per page written), when the model can
     * @return the accepted story (a template)
     */
    public Story generate(StoryRequest request, ChildData data, Consumer<StoryProgress> progress, boolean streaming) {
        Consumer<StoryProgress> report = progress != null ? progress : p -> { };
        StoryRules rules = ruleBook.rulesFor(request);
        SafetyContext safety = safetyContext(request, data);
        String system = PromptComposer.systemPrompt();
        String user = PromptComposer.userPrompt(request, data, rules);
        int maxTokens = tokenBudget(request, rules);
        int pages = request.pages();
        Spend spend = new Spend();
        List<PromptComposer.Problem> problems = List.of();
        List<String> failures = List.of();
        for (int draftNumber = 1; draftNumber <= MAX_DRAFTS; draftNumber++) {
            int draftNo = draftNumber;
            report.accept(new StoryProgress(StoryProgress.Stage.WRITING, draftNo, 0, pages,
                    "writing page 1 of " + pages));
            String prompt = draftNumber == 1 ? user : PromptComposer.correction(user, problems);
            ModelHandle model = models.story();
            CallPurpose purpose = draftNumber == 1 ? CallPurpose.STORY : CallPurpose.CORRECTION;
            ModelRequest call = new ModelRequest(system, prompt, model, maxTokens, StorySchema.SCHEMA, pages, purpose);
            spendGuard.checkDraft(() -> draftEstimate(call, request, data), spend.cost, request.profileId(), draftNo);
            boolean stream = streaming && model.supports(ModelHandle.Capability.STREAMING);
            ModelCaller.Answer answer = callModel(call, stream ? pageCounter(report, draftNo, pages) : null, draftNo);
            ModelResponse response = answer.response();
            spendGuard.paid(call, response, spend.add(answer), request.profileId());
            models.answered(model, response.modelId());
            Draft draft;
            try {
                draft = DraftParser.parse(response.outputJson());
            } catch (DraftParser.MalformedOutput e) {
                problems = List.of(new PromptComposer.Problem("format", e.getMessage()));
                failures = List.of("format: " + e.getMessage());
                rejected(model, "format", QualityCheck.Layer.LOCAL, draftNo);
                rewriteNotice(report, draftNo, pages, failures);
                continue;
            }
            report.accept(new StoryProgress(StoryProgress.Stage.CHECKING, draftNo, pages, pages, "checking the story"));
            long checking = System.nanoTime();
            QualityReport local = StoryChecker.check(draft, pages, rules, safety, draftNumber);
            if (observers.active()) {
                observers.draftChecked(DraftChecked.of(model.tier(), draftNo, Observers.since(checking),
                        (int) local.checks().stream().filter(check -> !check.passed()).count()));
            }
            List<QualityCheck> checks = new ArrayList<>(local.checks());
            if (local.allPassed() && models.review() != null) {
                report.accept(new StoryProgress(StoryProgress.Stage.REVIEWING, draftNo, pages, pages,
                        "a second model is reviewing the story"));
                checks.addAll(review(request, data, draft, spend));
            }
            if (checks.stream().allMatch(QualityCheck::passed)) {
                checks.addAll(guard(draft, report, draftNo, pages));
            }
            QualityReport quality = local.toBuilder().checks(checks).checkedBy(ChecksFingerprint.current()).build();
            if (quality.allPassed()) {
                Story story = Story.builder().id(UUID.randomUUID().toString()).title(draft.title())
                        .pages(draft.pages().stream().map(Page::new).toList()).request(templateRequest(request, data))
                        .modelId(response.modelId()).tier(model.tier()).usage(spend.usage).estimatedCostUsd(spend.cost)
                        .createdAt(clock.instant()).source(StorySource.MODEL).quality(quality).build();
                spendGuard.accepted(story);
                return story;
            }
            checks.stream().filter(c -> !c.passed()).forEach(c -> rejected(model, c.name(), c.layer(), draftNo));
            problems = checks.stream().filter(c -> !c.passed())
                    .map(c -> new PromptComposer.Problem(c.name(), c.detail())).toList();
            failures = quality.failures();
            rewriteNotice(report, draftNo, pages, failures);
        }
        throw new StoryRejectedException("The model's story failed the checks for this child twice (after one"
                + " corrective rewrite; " + spend.usage.totalTokens() + " tokens used). " + RejectionAdvice.of(failures),
                failures);
    }

    /**
     * Checks a cached story again when other checks accepted it: another StoryWeave version sharing the
     * cache, or this one before an upgrade. The model review and the guard it passed are not asked again
     * (the cache key holds the reviewer and the prompt's version); the local checks are, as they stand now.
     *
     * @param cached  a story from the shared cache (a template)
     * @param request the request it answers
     * @param data    the request's free text with real names replaced
     * @return the story, its report naming these checks, if it passes them; empty if it does not
     */
    public Optional<Story> recheck(Story cached, StoryRequest request, ChildData data) {
        String current = ChecksFingerprint.current();
        if (cached.quality().checkedBy().equals(current)) {
            return Optional.of(cached);
        }
        Draft draft = new Draft(cached.title(), cached.pages().stream().map(Page::text).toList());
        QualityReport local = StoryChecker.check(draft, request.pages(), ruleBook.rulesFor(request),
                safetyContext(request, data), cached.quality().drafts());
        if (!local.allPassed()) {
            // Names only, as for a rejected draft: details quote the story.
            LOG.warn("A cached story accepted by other checks ({}) fails these ({}: {}); writing a new one",
                    describe(cached.quality().checkedBy()), current, local.checks().stream()
                            .filter(c -> !c.passed()).map(QualityCheck::name).toList());
            return Optional.empty();
        }
        List<QualityCheck> checks = new ArrayList<>(local.checks());
        cached.quality().checks().stream().filter(c -> c.layer() != QualityCheck.Layer.LOCAL).forEach(checks::add);
        return Optional.of(cached.toBuilder()
                .quality(local.toBuilder().checks(checks).checkedBy(current).build()).build());
    }

    private static String describe(String checkedBy) {
        return checkedBy.isEmpty() ? "not recorded" : checkedBy;
    }

    private List<QualityCheck> review(StoryRequest request, ChildData data, Draft draft, Spend spend) {
        String unreadable = null;
        // A garbled review answer is asked for once more; twice garbled, the draft is not accepted.
        for (int attempt = 1; attempt <= 2; attempt++) {
            ModelHandle model = models.review();
            ModelRequest call = StoryReview.request(request, data, draft, model);
            ModelCaller.Answer answer = caller.call(call, null);
            ModelResponse response = answer.response();
            // Never refused: the draft's check counted the review, and without it a paid draft would be lost.
            spendGuard.paid(call, response, spend.add(answer), request.profileId());
            models.answered(model, response.modelId());
            try {
                return StoryReview.verdicts(response.outputJson());
            } catch (StoryReview.UnreadableReview e) {
                unreadable = e.getMessage();
                LOG.info("The review answer could not be read ({}){}", unreadable, attempt == 1 ? "; asking again" : "");
            }
        }
        return List.of(new QualityCheck("review:unreadable", false, "the review could not be read: " + unreadable,
                QualityCheck.Layer.REVIEW));
    }

    /** The most a draft and, when on, its review may cost; the review reads the whole draft. */
    private BigDecimal draftEstimate(ModelRequest call, StoryRequest request, ChildData data) {
        BigDecimal draft = spendGuard.estimate(call, 0);
        ModelHandle reviewer = models.review();
        return reviewer == null ? draft
                : draft.add(spendGuard.estimate(StoryReview.withoutDraft(request, data, reviewer), call.maxTokens()));
    }

    private List<QualityCheck> guard(Draft draft, Consumer<StoryProgress> report, int draftNo, int pages) {
        if (!provider.guardsOutput()) {
            return List.of();
        }
        Optional<GuardVerdict> verdict = caller.run("Output guard", () -> provider.guardOutput(draft.title()
                + "\n\n" + draft.text()));
        if (verdict.isEmpty()) {
            return List.of();
        }
        report.accept(new StoryProgress(StoryProgress.Stage.GUARDING, draftNo, pages, pages,
                "the provider's guardrail checked the story"));
        GuardVerdict v = verdict.get();
        return List.of(new QualityCheck("guard", !v.intervened(), v.intervened()
                ? v.guard() + " intervened: " + String.join("; ", v.reasons())
                : v.guard() + " let the story through", QualityCheck.Layer.GUARD));
    }

    /** A story call; an answer the provider's content filter blocked is reported as a rejected draft. */
    private ModelCaller.Answer callModel(ModelRequest call, Supplier<OutputSink> sink, int draftNumber) {
        try {
            return caller.call(call, sink);
        } catch (StoryRejectedException e) {
            // No rewrite follows a blocked answer: the call itself ends the story.
            observers.draftRejected(DraftRejected.of(call.model().tier(), "content-blocked", QualityCheck.Layer.GUARD,
                    draftNumber, true));
            throw e;
        }
    }

    private void rejected(ModelHandle model, String check, QualityCheck.Layer layer, int draftNumber) {
        observers.draftRejected(DraftRejected.of(model.tier(), check, layer, draftNumber, draftNumber >= MAX_DRAFTS));
    }

    private static void rewriteNotice(Consumer<StoryProgress> report, int draftNumber, int pages, List<String> failures) {
        if (draftNumber < MAX_DRAFTS) {
            List<String> names = failures.stream().map(f -> f.substring(0, Math.max(0, f.indexOf(':')))).distinct().toList();
            LOG.info("Draft {} was rejected ({}); asking the model for one corrected draft", draftNumber, names);
            report.accept(new StoryProgress(StoryProgress.Stage.REWRITING, draftNumber + 1, 0, pages,
                    "the draft did not pass " + String.join(", ", names) + "; writing it again"));
        }
    }

    /** Counts pages as the streamed answer completes them, for progress; the text itself goes nowhere. */
    private static Supplier<OutputSink> pageCounter(Consumer<StoryProgress> report, int draftNumber, int pages) {
        return () -> new OutputSink() {
            private int written;
            private StreamingPageParser parser = newParser();

            private StreamingPageParser newParser() {
                return new StreamingPageParser(text -> {
                    written++;
                    report.accept(new StoryProgress(StoryProgress.Stage.WRITING, draftNumber, written, pages,
                            written < pages ? "writing page " + (written + 1) + " of " + pages
                                    : "all " + pages + " pages written"));
                });
            }

            @Override
            public void accept(String fragment) {
                parser.accept(fragment);
            }

            @Override
            public void restart(String reason) {
                written = 0;
                parser = newParser();
                report.accept(new StoryProgress(StoryProgress.Stage.WRITING, draftNumber, 0, pages,
                        "starting the draft again: " + reason));
            }
        };
    }

    private static SafetyContext safetyContext(StoryRequest request, ChildData data) {
        List<String> fields = new ArrayList<>();
        fields.add(data.theme());
        fields.addAll(data.interests());
        return new SafetyContext(request.age(), fields, data.topicsToAvoid(), request.literalLanguage(),
                request.anxietyStyle(), data.realNames(), request.heroPronouns());
    }

    /** Enough output tokens for the pages at this reading level, with a margin for JSON and variance. */
    static int tokenBudget(StoryRequest request, StoryRules rules) {
        double wordsPerPage = rules.maxPageWords();
        int budget = (int) Math.ceil(request.pages() * (wordsPerPage * 1.4 + 20) * 1.5) + 200;
        return Math.max(512, Math.min(budget, 8192));
    }

    /** The request as cached and shared: no hero name, no profile, not fresh, and no real name in its text. */
    public static StoryRequest templateRequest(StoryRequest request, ChildData data) {
        return request.toBuilder().heroName(null).profileId(null).fresh(false)
                .theme(fit(data.theme(), 60)).interests(data.interests().stream().map(i -> fit(i, 40)).toList())
                .topicsToAvoid(data.topicsToAvoid().stream().map(t -> fit(t, 40)).toList()).build();
    }

    /** The placeholder is longer than a short name; a shared template's text may be cut, never rejected. */
    private static String fit(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
