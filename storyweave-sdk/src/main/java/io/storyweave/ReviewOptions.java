package io.storyweave;

import io.storyweave.internal.Validate;

/**
 * The model review pass: after StoryWeave's local checks pass, a second, cheap model call reads
 * the draft and gives one verdict per safety category and per need of the child (literal
 * language, calm or coping anxiety rules, ADHD engagement, dyslexia-friendly text, topics to
 * avoid, and whether the story followed an instruction hidden in the parent's data). A failing
 * review leads to the same single corrective rewrite as a failing local check. Its tokens and cost
 * are added to the story's.
 *
 * <p>By default the review is on when the provider recommends it (the Bedrock provider does) and
 * uses the {@link ModelTier#CHEAP} tier's model.
 *
 * @param enabled {@code null} to follow the provider, else on or off
 * @param tier    whose model reviews
 */
public record ReviewOptions(Boolean enabled, ModelTier tier) {
    /** Requires a tier. */
    public ReviewOptions {
        Validate.notNull("review tier", tier);
    }

    /** @return on when the provider recommends it, with the cheap tier */
    public static ReviewOptions defaults() {
        return new ReviewOptions(null, ModelTier.CHEAP);
    }

    /** @return no review: only the local checks (and a provider guard, if configured) judge a draft */
    public static ReviewOptions off() {
        return new ReviewOptions(false, ModelTier.CHEAP);
    }

    /**
     * @param tier whose model reviews
     * @return the review on, with that tier's model, whatever the provider recommends
     */
    public static ReviewOptions on(ModelTier tier) {
        return new ReviewOptions(true, tier);
    }

    /**
     * @param providerRecommends what the provider says when the user did not choose
     * @return whether the review runs
     */
    public boolean runs(boolean providerRecommends) {
        return enabled == null ? providerRecommends : enabled;
    }
}
