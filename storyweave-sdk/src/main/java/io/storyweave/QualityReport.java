package io.storyweave;

import java.util.List;
import java.util.Objects;

/**
 * Why a story was accepted: what was measured, against which limits, and how many drafts it took.
 * Stored with the story so a parent or clinician can see it later.
 *
 * @param readabilityGrade        Flesch–Kincaid grade of the accepted text
 * @param targetGrade             the highest grade allowed for the child
 * @param averageSentenceWords    average words per sentence
 * @param longestSentenceWords    words in the longest sentence
 * @param maxSentenceWords        the longest sentence allowed
 * @param checks                  every check run on the accepted draft
 * @param drafts                  how many drafts the model wrote (1 or 2)
 */
public record QualityReport(double readabilityGrade, double targetGrade, double averageSentenceWords,
                            int longestSentenceWords, int maxSentenceWords, List<QualityCheck> checks, int drafts) {
    /** Copies the checks and requires at least one draft. */
    public QualityReport {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        if (drafts < 1) {
            throw new IllegalArgumentException("drafts must be at least 1, was " + drafts);
        }
    }

    /** @return whether every check passed */
    public boolean allPassed() {
        return checks.stream().allMatch(QualityCheck::passed);
    }

    /** @return the detail of each failed check */
    public List<String> failures() {
        return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList();
    }
}
