package io.storyweave.internal.quality;

import java.util.List;

/**
 * The model's answer before checks: a title and page texts exactly as parsed. Blank pages are
 * kept so the checks can report them.
 */
public record Draft(String title, List<String> pages) {
    public Draft {
        title = title == null ? "" : title.strip();
        pages = List.copyOf(pages);
    }

    public String text() {
        return String.join("\n\n", pages);
    }
}
