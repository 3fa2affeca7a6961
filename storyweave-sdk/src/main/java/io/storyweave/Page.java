package io.storyweave;

import io.storyweave.internal.Validate;

/**
 * One page of a story.
 *
 * @param text the page's text, never blank
 */
public record Page(String text) {
    /** Validates that the page has text. */
    public Page {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("page.text", "a page must have text");
        }
        text = text.strip();
    }

    /** @return the number of words on the page */
    public int wordCount() {
        String trimmed = Validate.clean(text);
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
