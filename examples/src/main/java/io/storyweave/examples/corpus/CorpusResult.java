package io.storyweave.examples.corpus;

import java.util.List;

/**
 * What StoryWeave did with one corpus entry.
 *
 * @param entry    the entry
 * @param accepted whether a story came back (else it was rejected)
 * @param reasons  the checks that rejected the last draft, by name
 * @param details  what each of those checks said
 * @param leaked   whether a word the prompt must not contain (a real name) was sent to the model
 */
public record CorpusResult(CorpusEntry entry, boolean accepted, List<String> reasons, List<String> details,
                           boolean leaked) {
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
    }

    /** @return how this result counts */
    public Verdict verdict() {
        if (entry.good()) {
            return accepted && !leaked ? Verdict.ACCEPTED : Verdict.WRONGLY_REJECTED;
        }
        if (accepted) {
            return Verdict.MISSED;
        }
        return reasons.stream().anyMatch(entry.expect()::contains) ? Verdict.RIGHT_REASON : Verdict.OTHER_REASON;
    }
}
