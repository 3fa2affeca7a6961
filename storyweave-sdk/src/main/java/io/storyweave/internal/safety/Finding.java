package io.storyweave.internal.safety;

/**
 * Something a rule found in a draft.
 *
 * @param check    the check it belongs to, e.g. {@code unsafe-weapons}
 * @param blocking whether it rejects the draft (false when the request invites it, e.g. a knight's sword)
 * @param quote    the words found, as written
 * @param page     1-based page, 0 for the title
 * @param why      the rule or reason, for the report
 */
public record Finding(String check, boolean blocking, String quote, int page, String why) {
    /** @return how the finding reads in a report: the quote and where it is */
    public String describe() {
        return "\"" + quote + "\"" + (page == 0 ? " (title)" : " (page " + page + ")");
    }
}
