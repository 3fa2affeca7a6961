package io.storyweave;

import java.util.Objects;

/**
 * How far a story has got while it is written and checked. Progress never carries story text:
 * no page reaches a listener before the whole story has passed every check.
 *
 * @param stage        what is happening now
 * @param draft        which draft (1, or 2 for the one corrective rewrite)
 * @param pagesWritten pages of this draft the model has finished so far
 * @param pagesTotal   pages asked for
 * @param detail       a short description for people, e.g. {@code writing page 2 of 5}; never story text
 */
public record StoryProgress(Stage stage, int draft, int pagesWritten, int pagesTotal, String detail) {
    /** The stages a story passes through before it is shown. */
    public enum Stage {
        /** Another caller or instance is writing the same story; this one waits for it. */
        WAITING,
        /** The model is writing a draft. */
        WRITING,
        /** StoryWeave's local checks are reading the draft. */
        CHECKING,
        /** A second model call is reviewing the draft. */
        REVIEWING,
        /** The provider's managed guard (e.g. a Bedrock Guardrail) is reading the draft. */
        GUARDING,
        /** The draft failed a check; the model rewrites it once, told what was wrong. */
        REWRITING
    }

    /** Requires a stage and a detail; counts cannot be negative. */
    public StoryProgress {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(detail, "detail");
        if (draft < 0 || pagesWritten < 0 || pagesTotal < 0) {
            throw new IllegalArgumentException("progress counts cannot be negative: draft " + draft + ", pages "
                    + pagesWritten + "/" + pagesTotal);
        }
    }
}
