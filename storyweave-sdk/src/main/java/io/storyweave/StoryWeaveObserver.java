package io.storyweave;

import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.DraftChecked;
import io.storyweave.StoryWeaveEvents.DraftRejected;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallRetried;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;

/**
 * Hears what a {@link StoryWeave} client does, for metrics, tracing and logs: every story asked for and how it
 * was answered, every model call with its latency, retries, tokens and estimated cost, every draft the checks
 * turned down, every cache lookup and every store call. Register one or more with
 * {@link StoryWeave.Builder#observer(StoryWeaveObserver)}; the optional {@code storyweave-micrometer} module
 * implements one with Micrometer.
 *
 * <p>Every method does nothing by default, so an observer implements only what it needs. Methods are called on
 * the thread doing the work (the caller's, or the executor's for {@code createStoryAsync}), must be quick and
 * must not block; several threads may call them at once. An observer that throws is logged once (later failures only at DEBUG) and
 * otherwise ignored: observing never changes or breaks a story. Events never carry story text, a child's name,
 * a profile id or anything secret.
 *
 * <p>The two units of work a tracer may want as spans, a whole {@code createStory} and each model call, are
 * also offered as {@linkplain Scope scopes}: {@link #storyStarted} and {@link #modelCallStarted} are called
 * before the work and may return a scope, which is {@linkplain Scope#stop stopped} on the same thread with the
 * finished event once the work is done, after {@link #storyFinished} or {@link #modelCallFinished}. A model
 * call's scope always lies inside its story's. With several observers, scopes are started in registration
 * order and stopped in reverse order.
 */
public interface StoryWeaveObserver {
    /** Observes nothing; the client's default when no observer is registered. */
    StoryWeaveObserver NONE = new StoryWeaveObserver() {
    };

    /**
     * A {@code createStory} call begins (after its arguments were checked).
     *
     * @param started what was asked for
     * @return a scope to stop when the story is finished, or {@link Scope#none()}
     */
    default Scope<StoryFinished> storyStarted(StoryStarted started) {
        return Scope.none();
    }

    /**
     * A {@code createStory} call ended, with a story or an exception.
     *
     * @param finished how it was answered and how long it took
     */
    default void storyFinished(StoryFinished finished) {
    }

    /**
     * A model call (a story, its corrective rewrite, or a review) is about to be sent.
     *
     * @param started the call
     * @return a scope to stop when the call is finished (retries included), or {@link Scope#none()}
     */
    default Scope<ModelCallFinished> modelCallStarted(ModelCallStarted started) {
        return Scope.none();
    }

    /**
     * A model call ended, after all its attempts.
     *
     * @param finished its latency, attempts, throttles, tokens, estimated cost and outcome
     */
    default void modelCallFinished(ModelCallFinished finished) {
    }

    /**
     * An attempt of a model call failed with something worth retrying, and it will be retried.
     *
     * @param retried the failed attempt and the wait before the next
     */
    default void modelCallRetried(ModelCallRetried retried) {
    }

    /**
     * The local checks judged a draft: how long they took (the safety layer's own cost, which is worth a
     * metric of its own beside the model's latency) and how many checks it failed.
     *
     * @param checked the draft and the time the checks took
     */
    default void draftChecked(DraftChecked checked) {
    }

    /**
     * A draft failed a check (one event per failed check). A first draft that fails is rewritten once;
     * a rewrite that fails makes the story a {@link StoryRejectedException}.
     *
     * @param rejected the check and the draft
     */
    default void draftRejected(DraftRejected rejected) {
    }

    /**
     * A cache was asked for a story: level 1 (this process), level 2 (the store's shared cache), or an identical
     * request already being written (coalescing).
     *
     * @param lookup the level and whether it answered
     */
    default void cacheLookup(CacheLookup lookup) {
    }

    /**
     * A call to the store ended.
     *
     * @param call the operation, its latency and whether it succeeded
     */
    default void storeCall(StoreCall call) {
    }

    /**
     * Work an observer wraps, for example in a tracing span, from its start to its end.
     *
     * @param <F> the event it ends with
     */
    @FunctionalInterface
    interface Scope<F> {
        /**
         * Ends the scope; called once, on the thread that started it.
         *
         * @param finished what happened
         */
        void stop(F finished);

        /**
         * @param <F> the event it ends with
         * @return a scope that does nothing
         */
        static <F> Scope<F> none() {
            return finished -> {
            };
        }
    }
}
