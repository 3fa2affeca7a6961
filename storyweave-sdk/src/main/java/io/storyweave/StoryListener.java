package io.storyweave;

/**
 * Receives a story page by page while the model writes it, so a user interface can show page 1
 * before page 5 exists. Callbacks arrive on a StoryWeave thread, in page order.
 */
public interface StoryListener {
    /**
     * A page is complete.
     *
     * @param pageNumber 1-based page number
     * @param page       the page, with the hero's name already in place
     */
    void onPage(int pageNumber, Page page);

    /**
     * The pages delivered so far were discarded (a failed call is retried, or a draft failed the
     * checks and is being rewritten); pages will start again from page 1.
     *
     * @param reason why, in plain words
     */
    default void onRestart(String reason) {
    }

    /**
     * Another instance sharing the store is writing the same story, so this request waits for it
     * instead of paying for a second model call (at most {@link CacheOptions#maxWait()}).
     *
     * @param reason what is being waited for and for how long at most, in plain words
     */
    default void onWaiting(String reason) {
    }

    /**
     * The story is final: checked, cached and stored.
     *
     * @param story the finished story
     */
    default void onComplete(Story story) {
    }
}
