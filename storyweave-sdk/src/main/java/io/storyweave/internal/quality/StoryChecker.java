package io.storyweave.internal.quality;

import io.storyweave.AnxietyStyle;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.rules.WordLists;
import io.storyweave.internal.prompt.PromptComposer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs every check a draft must pass before a child sees it. */
public final class StoryChecker {
    private StoryChecker() {
    }

    public static QualityReport check(Draft draft, int expectedPages, StoryRules rules, int drafts) {
        List<QualityCheck> checks = new ArrayList<>();
        // Split once; every word list below is matched against the same words.
        List<String> words = WordLists.normalisedWords(draft.title() + "\n\n" + draft.text());
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

        TextStats whole = TextStats.of(draft.text());
        checks.add(new QualityCheck("sentence-length", whole.longestSentence() <= rules.maxSentenceWords(),
                "longest sentence has " + whole.longestSentence() + " words; the limit is " + rules.maxSentenceWords()));
        int longestPage = draft.pages().stream().mapToInt(p -> TextStats.of(p).words()).max().orElse(0);
        checks.add(new QualityCheck("page-length", longestPage <= rules.maxPageWords(),
                "longest page has " + longestPage + " words; the limit is " + rules.maxPageWords()));
        double grade = whole.fleschKincaidGrade();
        checks.add(new QualityCheck("readability", grade <= rules.targetGrade(),
                String.format(Locale.ROOT, "Flesch-Kincaid grade %.1f; the target is at most %.1f", grade, rules.targetGrade())));
        if (rules.maxLongWordShare() < 1.0) {
            double share = whole.longWordShare();
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
        if (rules.literalLanguage()) {
            List<String> idioms = WordLists.IDIOMS.foundIn(words);
            checks.add(new QualityCheck("literal-language", idioms.isEmpty(),
                    idioms.isEmpty() ? "no idioms or sarcasm found" : "idioms or figures of speech found: " + idioms));
        }
        if (!rules.topicsToAvoid().isEmpty()) {
            List<String> mentioned = new WordLists.WordList(
                    rules.topicsToAvoid().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()).foundIn(words);
            checks.add(new QualityCheck("topics-to-avoid", mentioned.isEmpty(),
                    mentioned.isEmpty() ? "none of the topics to avoid appear" : "mentions topics to avoid: " + mentioned));
        }
        if (rules.anxietyStyle() == AnxietyStyle.CALM) {
            List<String> peril = WordLists.PERIL.foundIn(words);
            checks.add(new QualityCheck("calm", peril.isEmpty(),
                    peril.isEmpty() ? "no peril or fear words" : "peril or fear words in a calm story: " + peril));
        } else if (rules.anxietyStyle() == AnxietyStyle.COPING) {
            List<String> steps = WordLists.COPING.foundIn(words);
            checks.add(new QualityCheck("coping-step", !steps.isEmpty(),
                    steps.isEmpty() ? "no named coping step (such as deep breaths or counting)" : "coping steps: " + steps));
        }
        List<String> unsafe = WordLists.UNSAFE.foundIn(words);
        checks.add(new QualityCheck("child-safe", unsafe.isEmpty(),
                unsafe.isEmpty() ? "no unsafe words" : "words unsuitable for children: " + unsafe));
        boolean heroPresent = draft.text().contains(PromptComposer.HERO_PLACEHOLDER);
        checks.add(new QualityCheck("hero-placeholder", heroPresent, heroPresent
                ? "the hero is named with " + PromptComposer.HERO_PLACEHOLDER
                : "the hero never appears as " + PromptComposer.HERO_PLACEHOLDER));
        return new QualityReport(round(grade), rules.targetGrade(), round(whole.averageSentence()),
                whole.longestSentence(), rules.maxSentenceWords(), checks, drafts);
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
