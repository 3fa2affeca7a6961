package io.storyweave;

import java.util.Objects;

/**
 * One check a draft was put through.
 *
 * @param name   a stable name, e.g. {@code sentence-length}, {@code unsafe-weapons} or {@code review:grooming}
 * @param passed whether the draft passed
 * @param detail what was measured and the limit, in words a parent can read
 * @param layer  which layer judged it: StoryWeave's local checks, the model review, or the provider's guard
 */
public record QualityCheck(String name, boolean passed, String detail, Layer layer) {
    /** Who judged a check. */
    public enum Layer {
        /** StoryWeave's own checks: free, instant, deterministic, offline. */
        LOCAL,
        /** A second model call that reviews the draft. */
        REVIEW,
        /** The provider's managed guard, such as a Bedrock Guardrail. */
        GUARD
    }

    /** Requires a name and a detail; a missing layer (stories stored before layers existed) is {@link Layer#LOCAL}. */
    public QualityCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        layer = layer == null ? Layer.LOCAL : layer;
    }

    /**
     * A local check.
     *
     * @param name   a stable name
     * @param passed whether the draft passed
     * @param detail what was measured
     */
    public QualityCheck(String name, boolean passed, String detail) {
        this(name, passed, detail, Layer.LOCAL);
    }
}
