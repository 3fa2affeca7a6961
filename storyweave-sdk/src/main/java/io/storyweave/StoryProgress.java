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

    /**
     * A progress report with no counts yet; prefer it (and the {@code with} methods) to the
     * constructor, which grows when fields are added.
     *
     * @param stage  what is happening
     * @param detail a short description for a person, never story text
     * @return the report
     */
    public static StoryProgress of(Stage stage, String detail) {
        return new StoryProgress(stage, 0, 0, 0, detail);
    }

    /**
     * @param value which draft this is about (1 for the first, 2 for the corrective rewrite)
     * @return a copy with that draft number
     */
    public StoryProgress withDraft(int value) {
        return new StoryProgress(stage, value, pagesWritten, pagesTotal, detail);
    }

    /**
     * @param written pages the model has written so far
     * @param total   pages asked for
     * @return a copy with those page counts
     */
    public StoryProgress withPages(int written, int total) {
        return new StoryProgress(stage, draft, written, total, detail);
    }
}
