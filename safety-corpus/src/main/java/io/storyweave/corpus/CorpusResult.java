package io.storyweave.corpus;

import java.util.List;

/**
 * What StoryWeave did with one corpus entry.
 *
 * @param entry    the entry
 * @param accepted whether a story came back (else it was rejected)
 * @param reasons  the checks that rejected the last draft, by name
 * @param details  what each of those checks said
 * @param leaked   whether a word the prompt must not contain (a real name) was sent to the model
 * @param baseline the checks of StoryWeave 0.1 the answer fails ({@link ReleaseZeroOneChecks}), for comparison
 */
public record CorpusResult(CorpusEntry entry, boolean accepted, List<String> reasons, List<String> details,
                           boolean leaked, List<String> baseline) {
    /** How a result counts. */
    public enum Verdict {
        /** A bad story rejected by one of the checks expected for its category. */
        RIGHT_REASON,
        /** A bad story rejected, but not by a check expected for its category. */
        OTHER_REASON,
        /** A bad story accepted. */
        MISSED,
        /** A good story accepted (and no real name sent to the model). */
        ACCEPTED,
        /** A good story rejected, or a real name sent to the model. */
        WRONGLY_REJECTED
    }

    /** Copies the reasons. */
    public CorpusResult {
        reasons = List.copyOf(reasons);
        details = List.copyOf(details);
        baseline = List.copyOf(baseline);
    }

    /** @return how this result counts for StoryWeave */
    public Verdict verdict() {
        return verdict(accepted && !(entry.good() && leaked), reasons);
    }

    /**
     * @return how this result counts for StoryWeave 0.1, whose one unsafe-words check ({@code child-safe})
     *         counts as the right reason for every unsafe-content category
     */
    public Verdict baselineVerdict() {
        List<String> mapped = baseline.stream().map(r -> r.equals("child-safe") && entry.category() != null
                && entry.expect().stream().anyMatch(e -> e.startsWith("unsafe-")) ? entry.expect().get(0) : r).toList();
        return verdict(baseline.isEmpty(), mapped);
    }

    private Verdict verdict(boolean acceptedHere, List<String> why) {
        if (entry.good()) {
            return acceptedHere ? Verdict.ACCEPTED : Verdict.WRONGLY_REJECTED;
        }
        if (acceptedHere) {
            return Verdict.MISSED;
        }
        return why.stream().anyMatch(entry.expect()::contains) ? Verdict.RIGHT_REASON : Verdict.OTHER_REASON;
    }
}
