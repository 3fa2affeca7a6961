package io.storyweave;

/**
 * Follows a story while it is written. Progress arrives while the model works; pages arrive only
 * once the whole story has passed every check (StoryWeave's local checks, the model review when it
 * is on, and the provider's guard when one is configured), so a listener can never show text that
 * is later rejected. Callbacks arrive on a StoryWeave thread, in order.
 */
public interface StoryListener {
    /**
     * Something changed while the story is written or checked (no story text).
     *
     * @param progress the stage, draft and pages written so far
     */
    default void onProgress(StoryProgress progress) {
    }

    /**
     * A page of the accepted story, in page order, after every check has passed.
     *
     * @param pageNumber 1-based page number
     * @param page       the page, with the hero's name already in place
     */
    void onPage(int pageNumber, Page page);

    /**
     * The story is final: checked, cached and stored.
     *
     * @param story the finished story
     */
    default void onComplete(Story story) {
    }
}
