package io.storyweave.internal.quality;

import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.internal.prompt.PromptComposer;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.safety.AnalysedText;
import io.storyweave.internal.safety.SafetyChecks;
import io.storyweave.internal.safety.SafetyContext;
import io.storyweave.internal.safety.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every local check a draft must pass before a child sees it: its shape (title, pages),
 * reading level for the child's age and needs, and the child-safety layer. The draft is analysed
 * once (sentences, words, base forms) and every check reads that analysis.
 */
public final class StoryChecker {
    private StoryChecker() {
    }

    /**
     * @param draft         the model's answer
     * @param expectedPages pages asked for
     * @param rules         the limits for this child
     * @param safety        what the safety layer needs to know about the request
     * @param drafts        which draft this is (for the report)
     * @return the report; {@link QualityReport#allPassed()} says whether the draft may be shown
     */
    public static QualityReport check(Draft draft, int expectedPages, StoryRules rules, SafetyContext safety, int drafts) {
        SafetyChecks safetyChecks = SafetyChecks.get();
        AnalysedText text = AnalysedText.of(draft.title(), draft.pages(), safetyChecks.wordNet());
        List<QualityCheck> checks = new ArrayList<>();
        checks.add(new QualityCheck("title", !draft.title().isBlank(),
                draft.title().isBlank() ? "the story has no title" : "the story has a title"));
        checks.add(new QualityCheck("page-count", draft.pages().size() == expectedPages,
                "expected exactly " + expectedPages + " pages, got " + draft.pages().size()));
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < draft.pages().size(); i++) {
            if (draft.pages().get(i).isBlank()) {
                empty.add(i + 1);
            }
        }
        checks.add(new QualityCheck("no-empty-page", empty.isEmpty(),
                empty.isEmpty() ? "every page has text" : "empty pages: " + empty));

        Reading reading = Reading.of(text, draft.pages().size());
        checks.add(new QualityCheck("sentence-length", reading.longestSentence <= rules.maxSentenceWords(),
                "longest sentence has " + reading.longestSentence + " words; the limit is " + rules.maxSentenceWords()));
        checks.add(new QualityCheck("page-length", reading.longestPage <= rules.maxPageWords(),
                "longest page has " + reading.longestPage + " words; the limit is " + rules.maxPageWords()));
        double grade = reading.grade();
        double allowed = rules.targetGrade() + rules.gradeTolerance();
        String shownGrade = shownGrade(grade, allowed);
        checks.add(new QualityCheck("readability", grade <= allowed, String.format(Locale.ROOT,
                "Flesch-Kincaid grade %s; the target is at most %.1f%s", shownGrade, rules.targetGrade(),
                rules.gradeTolerance() > 0 ? String.format(Locale.ROOT, " (%.1f allowed: grades are noisy for the"
                        + " shortest texts)", allowed) : "")));
        if (rules.maxLongWordShare() < 1.0) {
            double share = reading.longWordShare();
            checks.add(new QualityCheck("common-words", share <= rules.maxLongWordShare(),
                    String.format(Locale.ROOT, "%.0f%% of words have four or more syllables; the limit is %.0f%%",
                            share * 100, rules.maxLongWordShare() * 100)));
        }
        if (rules.readerQuestionEveryPage()) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < draft.pages().size(); i++) {
                if (!draft.pages().get(i).contains("?")) {
                    missing.add(i + 1);
                }
            }
            checks.add(new QualityCheck("reader-question", missing.isEmpty(), missing.isEmpty()
                    ? "every page asks the reader a question"
                    : "pages without a question or prompt to the reader: " + missing));
        }
        boolean heroPresent = draft.text().contains(PromptComposer.HERO_PLACEHOLDER);
        // A diary or a letter is told by the hero as "I": the title names them ("[HERO]'s Library Week").
        boolean toldByHero = !heroPresent && draft.title().contains(PromptComposer.HERO_PLACEHOLDER)
                && toldInTheFirstPerson(draft.text());
        checks.add(new QualityCheck("hero-placeholder", heroPresent || toldByHero, heroPresent
                ? "the hero is named with " + PromptComposer.HERO_PLACEHOLDER
                : toldByHero ? "the hero, named with " + PromptComposer.HERO_PLACEHOLDER + " in the title, tells the story as \"I\""
                : "the hero never appears as " + PromptComposer.HERO_PLACEHOLDER));
        checks.addAll(safetyChecks.check(text, safety));
        return QualityReport.builder().readabilityGrade(round(grade)).targetGrade(rules.targetGrade())
                .averageSentenceWords(round(reading.averageSentence())).longestSentenceWords(reading.longestSentence)
                .maxSentenceWords(rules.maxSentenceWords()).checks(checks).drafts(drafts).build();
    }

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\bI\\b");

    /** @return whether the narrator says "I", at least twice: the story is told in the first person */
    private static boolean toldInTheFirstPerson(String pages) {
        java.util.regex.Matcher m = FIRST_PERSON.matcher(pages);
        int count = 0;
        while (m.find() && count < 2) {
            count++;
        }
        return count >= 2;
    }

    /** Word, sentence and syllable counts of the pages (not the title), from the shared analysis. */
    private static final class Reading {
        int words;
        int sentences;
        int syllables;
        int polysyllables;
        int longestSentence;
        int longestPage;

        static Reading of(AnalysedText text, int pages) {
            Reading r = new Reading();
            int[] pageWords = new int[Math.max(pages, 1)];
            for (int[] sentence : text.sentences()) {
                Token first = text.tokens().get(sentence[0]);
                if (first.page() < 0) {
                    continue;
                }
                int length = sentence[1] - sentence[0];
                r.sentences++;
                r.longestSentence = Math.max(r.longestSentence, length);
                for (int i = sentence[0]; i < sentence[1]; i++) {
                    Token token = text.tokens().get(i);
                    int s = TextStats.syllables(token.text());
                    r.words++;
                    r.syllables += s;
                    r.polysyllables += s >= 4 ? 1 : 0;
                    pageWords[token.page()]++;
                }
            }
            for (int count : pageWords) {
                r.longestPage = Math.max(r.longestPage, count);
            }
            return r;
        }

        double averageSentence() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }

        double longWordShare() {
            return words == 0 ? 0 : (double) polysyllables / words;
        }

        double grade() {
            if (words == 0 || sentences == 0) {
                return 0;
            }
            return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    /**
     * A grade just over the limit would read as "3.5; at most 3.5" at one decimal, or "3.50" at two, so it gets as
     * many decimals (up to four) as it takes to show it above the limit.
     */
    static String shownGrade(double grade, double allowed) {
        String shown = String.format(Locale.ROOT, "%.1f", grade);
        for (int places = 2; grade > allowed && places <= 4
                && shown.equals(String.format(Locale.ROOT, "%." + (places - 1) + "f", allowed)); places++) {
            shown = String.format(Locale.ROOT, "%." + places + "f", grade);
        }
        return shown;
    }
}
