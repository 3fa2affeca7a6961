package io.storyweave.internal.rules;

import io.storyweave.AnxietyStyle;

import java.util.List;

/**
 * The limits and guidance that apply to one request, after merging its neurotypes (the strictest
 * limit wins) with its age band and the profile's needs. {@code gradeTolerance} is how far above
 * {@code targetGrade} a draft may score before it fails (grade formulas are noisy for the shortest texts).
 */
public record StoryRules(int maxSentenceWords, int maxPageWords, double targetGrade, double gradeTolerance, String vocabulary,
                         boolean readerQuestionEveryPage, boolean literalLanguage, double maxLongWordShare,
                         AnxietyStyle anxietyStyle, List<String> topicsToAvoid, List<String> guidance) {
    public StoryRules {
        topicsToAvoid = List.copyOf(topicsToAvoid);
        guidance = List.copyOf(guidance);
    }
}
