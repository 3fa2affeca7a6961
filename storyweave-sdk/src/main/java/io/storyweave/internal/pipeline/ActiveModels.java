package io.storyweave.internal.pipeline;

import io.storyweave.spi.ModelHandle;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The models this client calls: the story tier's and, when the review is on, the review tier's,
 * each resolved once when the client was built. When a call is answered by another id than the one
 * asked (the provider fell back from an inference profile), the handle moves to that id, so later
 * calls, cache keys and costs all use the id that actually writes the stories.
 */
public final class ActiveModels {
    private final AtomicReference<ModelHandle> story;
    private final AtomicReference<ModelHandle> review;

    /**
     * @param story  the story tier's model
     * @param review the review tier's model, or {@code null} when the review is off
     */
    public ActiveModels(ModelHandle story, ModelHandle review) {
        this.story = new AtomicReference<>(story);
        this.review = new AtomicReference<>(review);
    }

    public ModelHandle story() {
        return story.get();
    }

    /** @return the review's model, or {@code null} when the review is off */
    public ModelHandle review() {
        return review.get();
    }

    /**
     * Notes which id answered a call made with {@code asked}.
     *
     * @param asked      the handle the call was made with
     * @param answeredBy the model id the provider reported
     */
    public void answered(ModelHandle asked, String answeredBy) {
        if (answeredBy == null || answeredBy.isBlank() || answeredBy.equals(asked.modelId())) {
            return;
        }
        ModelHandle moved = asked.withModelId(answeredBy);
        // Only the handle the call was made with is replaced: a concurrent move already won.
        if (!story.compareAndSet(asked, moved)) {
            review.compareAndSet(asked, moved);
        }
    }
}
