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
 * @param checkedBy               which version of StoryWeave's local checks ran ({@code checks-} and a
 *                                fingerprint of their code and rules), or {@code ""} when not recorded (a
 *                                story stored before StoryWeave recorded it); a story from a shared cache
 *                                that other checks accepted is checked again before it is shown
 */
public record QualityReport(double readabilityGrade, double targetGrade, double averageSentenceWords,
                            int longestSentenceWords, int maxSentenceWords, List<QualityCheck> checks, int drafts,
                            String checkedBy) {
    /** Copies the checks, requires at least one draft, and reads a missing {@code checkedBy} as not recorded. */
    public QualityReport {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        if (drafts < 1) {
            throw new IllegalArgumentException("drafts must be at least 1, was " + drafts);
        }
        checkedBy = checkedBy == null ? "" : checkedBy;
    }

    /**
     * A report whose checks' version is not recorded.
     *
     * @param readabilityGrade     Flesch–Kincaid grade of the accepted text
     * @param targetGrade          the highest grade allowed for the child
     * @param averageSentenceWords average words per sentence
     * @param longestSentenceWords words in the longest sentence
     * @param maxSentenceWords     the longest sentence allowed
     * @param checks               every check run on the accepted draft
     * @param drafts               how many drafts the model wrote (1 or 2)
     */
    public QualityReport(double readabilityGrade, double targetGrade, double averageSentenceWords,
                         int longestSentenceWords, int maxSentenceWords, List<QualityCheck> checks, int drafts) {
        this(readabilityGrade, targetGrade, averageSentenceWords, longestSentenceWords, maxSentenceWords, checks,
                drafts, "");
    }

    /** @return whether every check passed */
    public boolean allPassed() {
        return checks.stream().allMatch(QualityCheck::passed);
    }

    /** @return the detail of each failed check */
    public List<String> failures() {
        return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList();
    }

    /** @return a builder for a report; prefer it to the constructor, which grows when fields are added */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this report's values */
    public Builder toBuilder() {
        return new Builder().readabilityGrade(readabilityGrade).targetGrade(targetGrade)
                .averageSentenceWords(averageSentenceWords).longestSentenceWords(longestSentenceWords)
                .maxSentenceWords(maxSentenceWords).checks(checks).drafts(drafts).checkedBy(checkedBy);
    }

    /** Builds a {@link QualityReport}; checks default to none, drafts to 1 and the checks' version to not recorded. */
    public static final class Builder {
        private double readabilityGrade;
        private double targetGrade;
        private double averageSentenceWords;
        private int longestSentenceWords;
        private int maxSentenceWords;
        private List<QualityCheck> checks = List.of();
        private int drafts = 1;
        private String checkedBy = "";

        private Builder() {
        }

        /** @param value Flesch–Kincaid grade of the accepted text @return this builder */
        public Builder readabilityGrade(double value) {
            this.readabilityGrade = value;
            return this;
        }

        /** @param value the highest grade allowed for the child @return this builder */
        public Builder targetGrade(double value) {
            this.targetGrade = value;
            return this;
        }

        /** @param value average words per sentence @return this builder */
        public Builder averageSentenceWords(double value) {
            this.averageSentenceWords = value;
            return this;
        }

        /** @param value words in the longest sentence @return this builder */
        public Builder longestSentenceWords(int value) {
            this.longestSentenceWords = value;
            return this;
        }

        /** @param value the longest sentence allowed @return this builder */
        public Builder maxSentenceWords(int value) {
            this.maxSentenceWords = value;
            return this;
        }

        /** @param value every check run on the accepted draft @return this builder */
        public Builder checks(List<QualityCheck> value) {
            this.checks = value;
            return this;
        }

        /** @param value how many drafts the model wrote @return this builder */
        public Builder drafts(int value) {
            this.drafts = value;
            return this;
        }

        /** @param value which version of the local checks ran ({@code ""}: not recorded) @return this builder */
        public Builder checkedBy(String value) {
            this.checkedBy = value;
            return this;
        }

        /** @return the report, validated */
        public QualityReport build() {
            return new QualityReport(readabilityGrade, targetGrade, averageSentenceWords, longestSentenceWords,
                    maxSentenceWords, checks, drafts, checkedBy);
        }
    }
}
