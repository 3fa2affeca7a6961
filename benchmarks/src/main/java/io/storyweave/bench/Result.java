package io.storyweave.bench;

/**
 * One line of the results table.
 *
 * @param item      issue 7 item number and short name
 * @param metric    what was measured
 * @param baseline  the baseline's number (same process, same stub)
 * @param storyWeave StoryWeave's number
 * @param ratio     StoryWeave / baseline as measured
 * @param target    the target
 * @param pass      whether the target is met
 * @param note      how it was measured, or why it missed
 */
record Result(String item, String metric, String baseline, String storyWeave, String ratio, String target,
              boolean pass, String note) {
}
