package io.storyweave;

import java.util.List;

/**
 * The model's output could not be accepted for a child: it failed the quality and safety checks
 * twice (after one corrective regeneration), a guardrail intervened, or it was not in the story
 * shape. {@link #reasons()} lists why.
 */
public class StoryRejectedException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    /**
     * @param message what happened
     * @param reasons each check that failed, in words a parent can read
     */
    public StoryRejectedException(String message, List<String> reasons) {
        super(message + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        this.reasons = List.copyOf(reasons);
    }

    /** @return each reason the output was rejected */
    public List<String> reasons() {
        return reasons;
    }
}
