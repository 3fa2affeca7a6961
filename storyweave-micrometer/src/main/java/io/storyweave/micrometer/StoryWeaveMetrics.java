package io.storyweave.micrometer;

/**
 * The names of the observations, meters and tags {@link MicrometerObserver} records, for dashboards and alerts.
 * Where the OpenTelemetry GenAI semantic conventions name a value ({@code gen_ai.*}), that name is used; the rest
 * are StoryWeave's own ({@code storyweave.*}). Every tag has few values: tiers, model ids, check names and enum
 * values, never a profile id, a name or story text. A tag without a value (no response model after a failed call)
 * is {@code none}, so every meter of a name has the same tag keys.
 */
public final class StoryWeaveMetrics {
    private StoryWeaveMetrics() {
    }

    /** Observation (and timer) of each {@code createStory} call, from start to story or exception. */
    public static final String STORY = "storyweave.story";
    /** Observation (and timer) of each model call, retries included: the GenAI client operation duration. */
    public static final String MODEL_CALL = "gen_ai.client.operation.duration";
    /** Counter of tokens used by model calls, by {@link #TOKEN_TYPE}. */
    public static final String TOKENS = "storyweave.tokens";
    /** Counter of the estimated cost of model calls in US dollars (calls of a model without a known price add nothing). */
    public static final String COST = "storyweave.cost";
    /** Counter of model call attempts that failed and were retried, by {@link #REASON}. */
    public static final String RETRIES = "storyweave.model.retries";
    /** Counter of model call attempts the service throttled (retried or not). */
    public static final String THROTTLES = "storyweave.model.throttles";
    /** Counter of failed checks of drafts, by {@link #CHECK}. */
    public static final String REJECTIONS = "storyweave.rejections";
    /**
     * Timer of the local checks of a draft (the safety layer's own time, beside the model's), by {@link #TIER}
     * and {@link #CHECKS_RESULT}.
     */
    public static final String CHECKS = "storyweave.checks";
    /** Whether a draft passed every local check: {@code passed} or {@code failed}. */
    public static final String CHECKS_RESULT = "storyweave.checks.result";
    /** Counter of cache lookups, by {@link #CACHE_LEVEL} and {@link #CACHE_RESULT}. */
    public static final String CACHE_LOOKUPS = "storyweave.cache.lookups";
    /** Gauge of the share of lookups that hit, since the observer was made, by {@link #CACHE_LEVEL}. */
    public static final String CACHE_HIT_RATIO = "storyweave.cache.hit.ratio";
    /** Timer of store calls, retries included, by {@link #STORE_OPERATION} and {@link #OUTCOME}. */
    public static final String STORE_CALLS = "storyweave.store.calls";

    /** GenAI: the kind of operation; StoryWeave's model calls are {@code chat}. */
    public static final String OPERATION_NAME = "gen_ai.operation.name";
    /** GenAI: the provider, e.g. {@code aws.bedrock} for StoryWeave's {@code bedrock} provider. */
    public static final String PROVIDER_NAME = "gen_ai.provider.name";
    /** GenAI before semantic conventions 1.37: the same value as {@link #PROVIDER_NAME}, for older dashboards. */
    public static final String SYSTEM = "gen_ai.system";
    /** GenAI: the model id (or inference profile) a call was sent to. */
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    /** GenAI: the model id that answered ({@code none} when the call failed). */
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    /** GenAI: {@code input} or {@code output}. */
    public static final String TOKEN_TYPE = "gen_ai.token.type";
    /** GenAI, on model call spans only: input tokens of the call. */
    public static final String INPUT_TOKENS = "gen_ai.usage.input_tokens";
    /** GenAI, on model call spans only: output tokens of the call. */
    public static final String OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
    /** GenAI, on model call spans only: the output token budget. */
    public static final String MAX_TOKENS = "gen_ai.request.max_tokens";

    /** The model tier: {@code cheap}, {@code medium}, {@code quality} or {@code expensive}. */
    public static final String TIER = "storyweave.tier";
    /** Where a story came from: {@code model}, {@code local_cache}, {@code store_cache}, {@code coalesced}, {@code none}. */
    public static final String SOURCE = "storyweave.source";
    /** How work ended: {@code success}, {@code rejected} or {@code failed}. */
    public static final String OUTCOME = "storyweave.outcome";
    /** What a model call is for: {@code story}, {@code correction} or {@code review}. */
    public static final String PURPOSE = "storyweave.purpose";
    /** Why an attempt was retried: {@code throttled}, {@code unavailable}, {@code timeout} ... */
    public static final String REASON = "storyweave.reason";
    /** The stable name of a failed check, e.g. {@code sentence-length} or {@code review:weapons}. */
    public static final String CHECK = "storyweave.check";
    /** Who judged a check: {@code local}, {@code review} or {@code guard}. */
    public static final String LAYER = "storyweave.layer";
    /** Whether no rewrite followed the failed check, so the story was rejected: {@code true} or {@code false}. */
    public static final String FINAL = "storyweave.final";
    /** The cache: {@code local} (level 1), {@code store} (level 2) or {@code coalesced}. */
    public static final String CACHE_LEVEL = "storyweave.cache.level";
    /** {@code hit} or {@code miss}. */
    public static final String CACHE_RESULT = "storyweave.cache.result";
    /** The store's name, e.g. {@code memory} or {@code dynamodb}. */
    public static final String STORE = "storyweave.store";
    /** The store call, e.g. {@code get_cached_story}, {@code cache_story}, {@code acquire_lease}. */
    public static final String STORE_OPERATION = "storyweave.store.operation";
    /** On model call spans only: attempts made. */
    public static final String ATTEMPTS = "storyweave.attempts";
}
