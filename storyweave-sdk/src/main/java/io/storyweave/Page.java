package io.storyweave;

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
}
