package io.storyweave.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.storyweave.StoryWeaveEvents.CacheLevel;
import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.DraftChecked;
import io.storyweave.StoryWeaveEvents.DraftRejected;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallRetried;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;
import io.storyweave.StoryWeaveObserver;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import static io.storyweave.micrometer.StoryWeaveMetrics.ATTEMPTS;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_HIT_RATIO;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_LEVEL;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_LOOKUPS;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_RESULT;
import static io.storyweave.micrometer.StoryWeaveMetrics.CHECK;
import static io.storyweave.micrometer.StoryWeaveMetrics.COST;
import static io.storyweave.micrometer.StoryWeaveMetrics.FINAL;
import static io.storyweave.micrometer.StoryWeaveMetrics.INPUT_TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.LAYER;
import static io.storyweave.micrometer.StoryWeaveMetrics.MAX_TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.MODEL_CALL;
import static io.storyweave.micrometer.StoryWeaveMetrics.OPERATION_NAME;
import static io.storyweave.micrometer.StoryWeaveMetrics.OUTCOME;
import static io.storyweave.micrometer.StoryWeaveMetrics.OUTPUT_TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.PROVIDER_NAME;
import static io.storyweave.micrometer.StoryWeaveMetrics.PURPOSE;
import static io.storyweave.micrometer.StoryWeaveMetrics.REASON;
import static io.storyweave.micrometer.StoryWeaveMetrics.REJECTIONS;
import static io.storyweave.micrometer.StoryWeaveMetrics.CHECKS;
import static io.storyweave.micrometer.StoryWeaveMetrics.CHECKS_RESULT;
import static io.storyweave.micrometer.StoryWeaveMetrics.REQUEST_MODEL;
import static io.storyweave.micrometer.StoryWeaveMetrics.RESPONSE_MODEL;
import static io.storyweave.micrometer.StoryWeaveMetrics.RETRIES;
import static io.storyweave.micrometer.StoryWeaveMetrics.SOURCE;
import static io.storyweave.micrometer.StoryWeaveMetrics.STORE;
import static io.storyweave.micrometer.StoryWeaveMetrics.STORE_CALLS;
import static io.storyweave.micrometer.StoryWeaveMetrics.STORE_OPERATION;
import static io.storyweave.micrometer.StoryWeaveMetrics.STORY;
import static io.storyweave.micrometer.StoryWeaveMetrics.SYSTEM;
import static io.storyweave.micrometer.StoryWeaveMetrics.THROTTLES;
import static io.storyweave.micrometer.StoryWeaveMetrics.TIER;
import static io.storyweave.micrometer.StoryWeaveMetrics.TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.TOKEN_TYPE;

/**
 * Records what a {@link io.storyweave.StoryWeave} client does with Micrometer. Each {@code createStory} and each
 * model call is an {@link Observation} (so the registry's handlers turn it into a timer, and, with
 * micrometer-tracing, into a span: a model call's span is a child of its story's); tokens, estimated cost,
 * retries, throttles, rejected checks and cache lookups are counters, store calls a timer, and each cache level's
 * hit ratio a gauge. Names and tags are in {@link StoryWeaveMetrics}.
 *
 * <pre>{@code
 * MeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
 * StoryWeave sw = StoryWeave.builder().observer(MicrometerObserver.of(meters)).build();
 * }</pre>
 *
 * <p>Thread-safe; one observer can serve several clients.
 */
public final class MicrometerObserver implements StoryWeaveObserver {
    private static final String NONE = "none";

    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final Map<CacheLevel, HitRatio> hitRatios = new EnumMap<>(CacheLevel.class);

    private MicrometerObserver(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = Objects.requireNonNull(observations, "observations");
        this.meters = Objects.requireNonNull(meters, "meters");
        for (CacheLevel level : CacheLevel.values()) {
            HitRatio ratio = new HitRatio();
            hitRatios.put(level, ratio);
            Gauge.builder(CACHE_HIT_RATIO, ratio, HitRatio::value).tag(CACHE_LEVEL, lower(level))
                    .description("share of StoryWeave cache lookups that found the story, since start")
                    .register(meters);
        }
    }

    /**
     * Metrics only: the story and model call timers come from an observation registry of this observer's own,
     * with Micrometer's {@link DefaultMeterObservationHandler} on {@code meters}.
     *
     * @param meters where every meter goes
     * @return the observer
     */
    public static MicrometerObserver of(MeterRegistry meters) {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return new MicrometerObserver(observations, meters);
    }

    /**
     * Metrics and traces: the story and model call observations go to {@code observations}, whose handlers make
     * timers (a {@link DefaultMeterObservationHandler}) and spans (micrometer-tracing's handlers), as Spring Boot
     * configures them; the counters, gauges and the store timer go to {@code meters}.
     *
     * @param observations the application's observation registry
     * @param meters       the application's meter registry
     * @return the observer
     */
    public static MicrometerObserver of(ObservationRegistry observations, MeterRegistry meters) {
        return new MicrometerObserver(observations, meters);
    }

    @Override
    public Scope<StoryFinished> storyStarted(StoryStarted started) {
        Observation observation = Observation.createNotStarted(STORY, observations)
                .contextualName("create_story")
                .lowCardinalityKeyValue(TIER, lower(started.tier()))
                .lowCardinalityKeyValue(REQUEST_MODEL, started.modelId())
                .start();
        Observation.Scope scope = observation.openScope();
        return finished -> {
            scope.close();
            observation.lowCardinalityKeyValue(SOURCE, lower(finished.source()))
                    .lowCardinalityKeyValue(OUTCOME, lower(finished.outcome()));
            if (finished.error() != null) {
                observation.error(finished.error());
            }
            observation.stop();
        };
    }

    @Override
    public Scope<ModelCallFinished> modelCallStarted(ModelCallStarted started) {
        String provider = provider(started.provider());
        // The GenAI span name: "{gen_ai.operation.name} {gen_ai.request.model}".
        Observation observation = Observation.createNotStarted(MODEL_CALL, observations)
                .contextualName("chat " + started.modelId())
                .lowCardinalityKeyValue(OPERATION_NAME, "chat")
                .lowCardinalityKeyValue(PROVIDER_NAME, provider)
                .lowCardinalityKeyValue(SYSTEM, provider)
                .lowCardinalityKeyValue(REQUEST_MODEL, started.modelId())
                .lowCardinalityKeyValue(PURPOSE, lower(started.purpose()))
                .lowCardinalityKeyValue(TIER, lower(started.tier()))
                .highCardinalityKeyValue(MAX_TOKENS, Integer.toString(started.maxTokens()))
                .start();
        Observation.Scope scope = observation.openScope();
        return finished -> {
            scope.close();
            observation.lowCardinalityKeyValue(RESPONSE_MODEL, orNone(finished.responseModelId()))
                    .lowCardinalityKeyValue(OUTCOME, lower(finished.outcome()))
                    .highCardinalityKeyValue(INPUT_TOKENS, Long.toString(finished.usage().inputTokens()))
                    .highCardinalityKeyValue(OUTPUT_TOKENS, Long.toString(finished.usage().outputTokens()))
                    .highCardinalityKeyValue(ATTEMPTS, Integer.toString(finished.attempts()));
            if (finished.error() != null) {
                observation.error(finished.error());
            }
            observation.stop();
        };
    }

    @Override
    public void modelCallFinished(ModelCallFinished finished) {
        ModelCallStarted call = finished.call();
        Tags callTags = Tags.of(PROVIDER_NAME, provider(call.provider()), REQUEST_MODEL, call.modelId(),
                PURPOSE, lower(call.purpose()), TIER, lower(call.tier()));
        if (finished.throttles() > 0) {
            Counter.builder(THROTTLES).tags(callTags).description("model call attempts the service throttled")
                    .register(meters).increment(finished.throttles());
        }
        if (finished.responseModelId() == null) {
            return;
        }
        Tags paidTags = callTags.and(RESPONSE_MODEL, finished.responseModelId());
        count(TOKENS, paidTags.and(TOKEN_TYPE, "input"), finished.usage().inputTokens());
        count(TOKENS, paidTags.and(TOKEN_TYPE, "output"), finished.usage().outputTokens());
        if (finished.estimatedCostUsd() != null) {
            Counter.builder(COST).baseUnit("usd").tags(paidTags)
                    .description("estimated cost of StoryWeave's model calls in US dollars")
                    .register(meters).increment(finished.estimatedCostUsd().doubleValue());
        }
    }

    private void count(String name, Tags tags, long tokens) {
        Counter.builder(name).baseUnit("tokens").tags(tags).description("tokens used by StoryWeave's model calls")
                .register(meters).increment(tokens);
    }

    @Override
    public void modelCallRetried(ModelCallRetried retried) {
        ModelCallStarted call = retried.call();
        Counter.builder(RETRIES).tags(PROVIDER_NAME, provider(call.provider()), REQUEST_MODEL, call.modelId(),
                        PURPOSE, lower(call.purpose()), TIER, lower(call.tier()), REASON, retried.reason())
                .description("model call attempts that failed and were retried").register(meters).increment();
    }

    @Override
    public void draftChecked(DraftChecked checked) {
        Timer.builder(CHECKS).tags(TIER, lower(checked.tier()), CHECKS_RESULT, checked.passed() ? "passed" : "failed")
                .description("the local checks of a draft").register(meters).record(checked.took());
    }

    @Override
    public void draftRejected(DraftRejected rejected) {
        Counter.builder(REJECTIONS).tags(CHECK, rejected.check(), LAYER, lower(rejected.layer()),
                        TIER, lower(rejected.tier()), FINAL, Boolean.toString(rejected.last()))
                .description("checks that drafts failed").register(meters).increment();
    }

    @Override
    public void cacheLookup(CacheLookup lookup) {
        Counter.builder(CACHE_LOOKUPS).tags(CACHE_LEVEL, lower(lookup.level()), CACHE_RESULT,
                        lookup.hit() ? "hit" : "miss")
                .description("StoryWeave cache lookups").register(meters).increment();
        hitRatios.get(lookup.level()).add(lookup.hit());
    }

    @Override
    public void storeCall(StoreCall call) {
        Timer.builder(STORE_CALLS).tags(STORE, call.store(), STORE_OPERATION, lower(call.operation()),
                        OUTCOME, lower(call.outcome()))
                .description("StoryWeave's calls to its store, retries included").register(meters)
                .record(call.latency());
    }

    /** The GenAI provider name: the well-known value where there is one, else StoryWeave's provider name. */
    static String provider(String storyWeaveProvider) {
        return storyWeaveProvider.equals("bedrock") ? "aws.bedrock" : storyWeaveProvider;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    /** Hits and lookups of one cache level. */
    private static final class HitRatio {
        private final AtomicLong hits = new AtomicLong();
        private final AtomicLong lookups = new AtomicLong();

        void add(boolean hit) {
            if (hit) {
                hits.incrementAndGet();
            }
            lookups.incrementAndGet();
        }

        double value() {
            long total = lookups.get();
            return total == 0 ? Double.NaN : (double) hits.get() / total;
        }
    }
}
