package io.storyweave;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The events a {@link StoryWeaveObserver} hears. Every value is of low cardinality (tiers, model ids, check
 * names, enum values) except durations and counts, so each can be a metric tag; none carries story text, a
 * name, a profile id or a secret.
 *
 * <p>Build events with the static factories, not the canonical constructors: later versions may add
 * components, and the factories will keep working.
 */
public final class StoryWeaveEvents {
    private StoryWeaveEvents() {
    }

    /** How a piece of work ended. */
    public enum Outcome {
        /** It did what was asked. */
        SUCCESS,
        /** The story was turned down by the checks or a guardrail ({@link StoryRejectedException}). */
        REJECTED,
        /** Any other exception. */
        FAILED;

        /**
         * @param error what the work ended with, or {@code null}
         * @return {@link #SUCCESS} for none, {@link #REJECTED} for a {@link StoryRejectedException}, else
         *         {@link #FAILED}
         */
        public static Outcome of(Throwable error) {
            if (error == null) {
                return SUCCESS;
            }
            return error instanceof StoryRejectedException ? REJECTED : FAILED;
        }
    }

    /** Where a story came from, as far as the work got. */
    public enum Source {
        /** Written by the model for this call. */
        MODEL,
        /** This process's cache (level 1). */
        LOCAL_CACHE,
        /** The store's shared cache (level 2). */
        STORE_CACHE,
        /**
         * An identical request that was already being written, in this process or (through the store's lease)
         * in another instance, whose story this call shared.
         */
        COALESCED,
        /** No story: the work failed before one was found or written. */
        NONE
    }

    /** A cache level asked for a story. */
    public enum CacheLevel {
        /** Level 1: stories in this process. */
        LOCAL,
        /** Level 2: the store's shared cache. */
        STORE,
        /**
         * An identical request being written right now, in this process or in another instance holding the
         * store's lease: a hit shares its story, a miss means this call writes it.
         */
        COALESCED
    }

    /** A kind of call to the store. */
    public enum StoreOperation {
        /** Read a profile. */
        GET_PROFILE,
        /** Create a profile. */
        CREATE_PROFILE,
        /** Update a profile. */
        UPDATE_PROFILE,
        /** Delete a profile and its stories. */
        DELETE_PROFILE,
        /** List profiles. */
        LIST_PROFILES,
        /** Read a story. */
        GET_STORY,
        /** List stories: a profile's, or every story. */
        LIST_STORIES,
        /** Delete one story. */
        DELETE_STORY,
        /** Save a caller's own copy of a story. */
        SAVE_STORY,
        /** Read the shared cache. */
        GET_CACHED_STORY,
        /** Write a new story to the shared cache and the library. */
        CACHE_STORY,
        /** Try to take the lease on a request, so other instances wait for this one's story. */
        ACQUIRE_LEASE
    }

    /**
     * A {@code createStory} call began.
     *
     * @param tier      the client's tier
     * @param modelId   the model id the tier's stories are written with now
     * @param streaming whether the caller listens for progress and pages
     */
    public record StoryStarted(ModelTier tier, String modelId, boolean streaming) {
        /** Requires a tier and a model id. */
        public StoryStarted {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(modelId, "modelId");
        }

        /**
         * @param tier      the client's tier
         * @param modelId   the model id the tier's stories are written with now
         * @param streaming whether the caller listens for progress and pages
         * @return the event
         */
        public static StoryStarted of(ModelTier tier, String modelId, boolean streaming) {
            return new StoryStarted(tier, modelId, streaming);
        }
    }

    /**
     * A {@code createStory} call ended.
     *
     * @param story    the start of the call
     * @param modelId  the model id that wrote the story (for a cached story, the one that wrote it then), or
     *                 the one the call would have used when it failed
     * @param source   where the story came from, as far as the work got
     * @param outcome  how it ended
     * @param error    the exception the caller got, or {@code null}
     * @param duration from start to end
     */
    public record StoryFinished(StoryStarted story, String modelId, Source source, Outcome outcome, Throwable error,
                                Duration duration) {
        /** Requires every value but the error, which must be there exactly when the outcome is not a success. */
        public StoryFinished {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(outcome, "outcome");
            requireDuration(duration);
            requireErrorMatches(outcome, error);
        }

        /**
         * @param story    the start of the call
         * @param modelId  the model id that wrote the story
         * @param source   where it came from
         * @param duration from start to end
         * @return the event of a story returned to the caller
         */
        public static StoryFinished succeeded(StoryStarted story, String modelId, Source source, Duration duration) {
            return new StoryFinished(story, modelId, source, Outcome.SUCCESS, null, duration);
        }

        /**
         * @param story    the start of the call
         * @param modelId  the model id that wrote the story or would have
         * @param source   where the story came from, as far as the work got ({@link Source#NONE} if nowhere)
         * @param error    the exception the caller got
         * @param duration from start to end
         * @return the event of a call that ended with an exception
         */
        public static StoryFinished failed(StoryStarted story, String modelId, Source source, Throwable error,
                                           Duration duration) {
            return new StoryFinished(story, modelId, source, Outcome.of(Objects.requireNonNull(error, "error")), error,
                    duration);
        }

        /** @return the simple class name of the exception, e.g. {@code ThrottledException}, or {@code null} */
        public String errorType() {
            return typeOf(error);
        }
    }

    /**
     * A model call is about to be sent.
     *
     * @param provider  the provider's name, e.g. {@code bedrock}
     * @param purpose   what the call is for
     * @param tier      the tier whose model is called
     * @param modelId   the model id (or inference profile) the call is sent to
     * @param maxTokens the output token budget
     */
    public record ModelCallStarted(String provider, CallPurpose purpose, ModelTier tier, String modelId, int maxTokens) {
        /** Requires every value. */
        public ModelCallStarted {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(modelId, "modelId");
        }

        /**
         * @param provider  the provider's name
         * @param purpose   what the call is for
         * @param tier      the tier whose model is called
         * @param modelId   the model id the call is sent to
         * @param maxTokens the output token budget
         * @return the event
         */
        public static ModelCallStarted of(String provider, CallPurpose purpose, ModelTier tier, String modelId,
                                          int maxTokens) {
            return new ModelCallStarted(provider, purpose, tier, modelId, maxTokens);
        }
    }

    /**
     * A model call ended, after all its attempts.
     *
     * @param call             the start of the call
     * @param responseModelId  the model id that answered (differs from the one asked after a provider's
     *                         fallback), or {@code null} when the call failed
     * @param latency          from the first attempt to the end, backoff included
     * @param attempts         how many attempts were made (1 without retries)
     * @param throttles        how many attempts were throttled by the service
     * @param usage            the tokens the call used ({@link TokenUsage#ZERO} when it failed)
     * @param estimatedCostUsd its estimated cost in US dollars, or {@code null} when unknown (no price for the
     *                         model, or the call failed)
     * @param outcome          how it ended
     * @param error            the exception it ended with, or {@code null}
     */
    public record ModelCallFinished(ModelCallStarted call, String responseModelId, Duration latency, int attempts,
                                    int throttles, TokenUsage usage, BigDecimal estimatedCostUsd, Outcome outcome,
                                    Throwable error) {
        /** Requires the call, the latency, the usage and the outcome, with an error exactly when it failed. */
        public ModelCallFinished {
            Objects.requireNonNull(call, "call");
            requireDuration(latency);
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(outcome, "outcome");
            requireErrorMatches(outcome, error);
        }

        /**
         * @param call             the start of the call
         * @param responseModelId  the model id that answered
         * @param latency          from the first attempt to the end
         * @param attempts         attempts made
         * @param throttles        attempts throttled
         * @param usage            tokens used
         * @param estimatedCostUsd estimated cost, or {@code null} when unknown
         * @return the event of an answered call
         */
        public static ModelCallFinished succeeded(ModelCallStarted call, String responseModelId, Duration latency,
                                                  int attempts, int throttles, TokenUsage usage,
                                                  BigDecimal estimatedCostUsd) {
            return new ModelCallFinished(call, responseModelId, latency, attempts, throttles, usage, estimatedCostUsd,
                    Outcome.SUCCESS, null);
        }

        /**
         * @param call      the start of the call
         * @param error     the exception it ended with
         * @param latency   from the first attempt to the end
         * @param attempts  attempts made
         * @param throttles attempts throttled
         * @return the event of a call that failed
         */
        public static ModelCallFinished failed(ModelCallStarted call, Throwable error, Duration latency, int attempts,
                                               int throttles) {
            return new ModelCallFinished(call, null, latency, attempts, throttles, TokenUsage.ZERO, null,
                    Outcome.of(Objects.requireNonNull(error, "error")), error);
        }

        /** @return the simple class name of the exception, e.g. {@code ThrottledException}, or {@code null} */
        public String errorType() {
            return typeOf(error);
        }
    }

    /**
     * An attempt of a model call failed and will be retried.
     *
     * @param call    the start of the call
     * @param attempt the number of the attempt that failed (1 for the first)
     * @param reason  why, in lower case: {@code throttled}, {@code unavailable}, {@code timeout}, or another kind
     *                of provider failure the provider called retryable
     * @param backoff how long the next attempt waits
     */
    public record ModelCallRetried(ModelCallStarted call, int attempt, String reason, Duration backoff) {
        /** Requires every value. */
        public ModelCallRetried {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(reason, "reason");
            requireDuration(backoff);
        }

        /**
         * @param call    the start of the call
         * @param attempt the attempt that failed
         * @param reason  why, in lower case
         * @param backoff the wait before the next attempt
         * @return the event
         */
        public static ModelCallRetried of(ModelCallStarted call, int attempt, String reason, Duration backoff) {
            return new ModelCallRetried(call, attempt, reason, backoff);
        }

        /** @return whether the service throttled the attempt */
        public boolean throttled() {
            return reason.equals("throttled");
        }
    }

    /**
     * A draft failed one check.
     *
     * @param tier  the tier that wrote the draft
     * @param check the check's stable name, as in {@link QualityCheck#name()} (e.g. {@code sentence-length},
     *              {@code review:violence}), or {@code format} when the answer was not a story, or
     *              {@code content-blocked} when the provider's content filter blocked the answer
     * @param layer which layer judged it
     * @param draft the draft's number (1 for the first, 2 for the rewrite)
     * @param last  whether no rewrite follows, so the story is rejected
     */
    public record DraftRejected(ModelTier tier, String check, QualityCheck.Layer layer, int draft, boolean last) {
        /** Requires every value. */
        public DraftRejected {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(layer, "layer");
        }

        /**
         * @param tier  the tier that wrote the draft
         * @param check the check's stable name
         * @param layer which layer judged it
         * @param draft the draft's number
         * @param last  whether no rewrite follows
         * @return the event
         */
        public static DraftRejected of(ModelTier tier, String check, QualityCheck.Layer layer, int draft,
                                       boolean last) {
            return new DraftRejected(tier, check, layer, draft, last);
        }
    }

    /**
     * The local checks judged a draft (every draft passes them, before any model review).
     *
     * @param tier   the tier that wrote the draft
     * @param draft  the draft's number (1 for the first, 2 for the rewrite)
     * @param took   how long the checks ran, on the caller's thread
     * @param failed how many checks the draft failed (0: it passed them all)
     */
    public record DraftChecked(ModelTier tier, int draft, Duration took, int failed) {
        /** Requires the tier and a non-negative time and count. */
        public DraftChecked {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(took, "took");
            if (took.isNegative() || failed < 0) {
                throw new IllegalArgumentException("took and failed cannot be negative, were " + took + " and " + failed);
            }
        }

        /**
         * @param tier   the tier that wrote the draft
         * @param draft  the draft's number
         * @param took   how long the checks ran
         * @param failed how many checks failed
         * @return the event
         */
        public static DraftChecked of(ModelTier tier, int draft, Duration took, int failed) {
            return new DraftChecked(tier, draft, took, failed);
        }

        /** @return whether the draft passed every local check */
        public boolean passed() {
            return failed == 0;
        }
    }

    /**
     * A cache was asked for a story.
     *
     * @param level the cache
     * @param hit   whether it had the story
     */
    public record CacheLookup(CacheLevel level, boolean hit) {
        /** Requires the level. */
        public CacheLookup {
            Objects.requireNonNull(level, "level");
        }

        /**
         * @param level the cache
         * @param hit   whether it had the story
         * @return the event
         */
        public static CacheLookup of(CacheLevel level, boolean hit) {
            return new CacheLookup(level, hit);
        }
    }

    /**
     * A call to the store ended.
     *
     * @param store     the store's name, e.g. {@code dynamodb}
     * @param operation what was called
     * @param latency   from the first attempt to the end, retries included
     * @param attempts  attempts made (writes are retried; other calls make one)
     * @param outcome   {@link Outcome#SUCCESS} or {@link Outcome#FAILED}
     * @param error     the exception it ended with, or {@code null}
     */
    public record StoreCall(String store, StoreOperation operation, Duration latency, int attempts, Outcome outcome,
                            Throwable error) {
        /** Requires every value but the error, which must be there exactly when the call failed. */
        public StoreCall {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(operation, "operation");
            requireDuration(latency);
            Objects.requireNonNull(outcome, "outcome");
            requireErrorMatches(outcome, error);
        }

        /**
         * @param store     the store's name
         * @param operation what was called
         * @param latency   from the first attempt to the end
         * @param attempts  attempts made
         * @return the event of a call that succeeded
         */
        public static StoreCall succeeded(String store, StoreOperation operation, Duration latency, int attempts) {
            return new StoreCall(store, operation, latency, attempts, Outcome.SUCCESS, null);
        }

        /**
         * @param store     the store's name
         * @param operation what was called
         * @param error     the exception it ended with
         * @param latency   from the first attempt to the end
         * @param attempts  attempts made
         * @return the event of a call that failed
         */
        public static StoreCall failed(String store, StoreOperation operation, Throwable error, Duration latency,
                                       int attempts) {
            return new StoreCall(store, operation, latency, attempts, Outcome.FAILED,
                    Objects.requireNonNull(error, "error"));
        }

        /** @return the simple class name of the exception, e.g. {@code StorageException}, or {@code null} */
        public String errorType() {
            return typeOf(error);
        }
    }

    private static void requireDuration(Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("a duration is required and cannot be negative, was " + duration);
        }
    }

    private static void requireErrorMatches(Outcome outcome, Throwable error) {
        if ((outcome == Outcome.SUCCESS) != (error == null)) {
            throw new IllegalArgumentException("an outcome of " + outcome + (error == null ? " needs" : " cannot have")
                    + " an error");
        }
    }

    private static String typeOf(Throwable error) {
        return error == null ? null : error.getClass().getSimpleName();
    }
}
