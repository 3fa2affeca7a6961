package io.storyweave;

/**
 * What a model call is for. The same three values name a call everywhere: in the request a provider
 * gets ({@link io.storyweave.spi.ModelRequest#purpose()}), in the events observers hear
 * ({@link StoryWeaveEvents.ModelCallStarted#purpose()}) and in the spend ledger
 * ({@link UsageLine#purpose()}, where a cache hit counts as the {@link #STORY} call it saved).
 * {@link #STORY} and {@link #CORRECTION} answers have the story shape; {@link #REVIEW} answers have
 * the review shape.
 */
public enum CallPurpose {
    /** The first draft of a story; the answer has the story shape. */
    STORY,
    /**
     * The corrective rewrite of a draft that failed a check: the story prompt with what was wrong
     * added; the answer has the story shape, like {@link #STORY}.
     */
    CORRECTION,
    /** The second model's review of a draft for a child's safety and needs; the answer has the review shape. */
    REVIEW
}
