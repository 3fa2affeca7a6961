package io.storyweave.internal.quality;

import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.safety.SafetyContext;

import java.util.List;

/**
 * Benchmark-only stand-in for storyweave-sdk's {@code StoryChecker}, loaded in front of it in one benchmark JVM:
 * it passes every draft without reading it. Subtracting the checks' own time from a normal run leaves their
 * indirect cost (collection of their garbage, caches and branch predictors they evict from the SDK's code) in
 * the plumbing's column; running the same calls with the checks gone measures the plumbing itself. Same
 * signature as the real class (should that change, this JVM fails with a NoSuchMethodError and the benchmark stops);
 * never shipped.
 */
public final class StoryChecker {
    private StoryChecker() {
    }

    /**
     * @param draft         the model's answer (not read)
     * @param expectedPages pages asked for (not read)
     * @param rules         the limits for this child (their targets go into the report)
     * @param safety        not read
     * @param drafts        which draft this is
     * @return a report that every check passed
     */
    public static QualityReport check(Draft draft, int expectedPages, StoryRules rules, SafetyContext safety, int drafts) {
        return new QualityReport(rules.targetGrade(), rules.targetGrade(), 0, 0, rules.maxSentenceWords(),
                List.of(new QualityCheck("benchmark:checks-skipped", true, "the benchmark skipped the checks")), drafts);
    }
}
