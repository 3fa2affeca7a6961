package io.storyweave;

import java.util.Objects;

/**
 * One check a draft was put through.
 *
 * @param name   a stable name, e.g. {@code sentence-length}
 * @param passed whether the draft passed
 * @param detail what was measured and the limit, in words a parent can read
 */
public record QualityCheck(String name, boolean passed, String detail) {
    /** Requires a name and a detail. */
    public QualityCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
