package io.storyweave.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a provider's managed output guard (for example a Bedrock Guardrail applied with
 * ApplyGuardrail) said about a finished story's text.
 *
 * @param guard       which guard judged it, e.g. {@code guardrail abc123 version 2}; never a secret
 * @param intervened  whether the guard would block or change the text
 * @param reasons     what it found, in words a parent can read (categories and policies, not the text)
 * @param textUnits   units the guard billed, 0 when unknown
 */
public record GuardVerdict(String guard, boolean intervened, List<String> reasons, long textUnits) {
    /** Requires a guard name and copies the reasons. */
    public GuardVerdict {
        Objects.requireNonNull(guard, "guard");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (textUnits < 0) {
            throw new IllegalArgumentException("textUnits cannot be negative, was " + textUnits);
        }
    }

    /**
     * @param guard     which guard judged the text
     * @param textUnits units billed
     * @return a verdict that lets the text through
     */
    public static GuardVerdict passed(String guard, long textUnits) {
        return new GuardVerdict(guard, false, List.of(), textUnits);
    }
}
