package io.storyweave.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.storyweave.CallPurpose;
import io.storyweave.ChildProfile;
import io.storyweave.ModelPrice;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.RetryOptions;
import io.storyweave.ReviewOptions;
import io.storyweave.StorageException;
import io.storyweave.StoryOptions;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryWeave;
import io.storyweave.StoryWeaveEvents.CacheLevel;
import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveEvents.Source;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;
import io.storyweave.TokenUsage;
import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_HIT_RATIO;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_LEVEL;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_LOOKUPS;
import static io.storyweave.micrometer.StoryWeaveMetrics.CACHE_RESULT;
import static io.storyweave.micrometer.StoryWeaveMetrics.CHECK;
import static io.storyweave.micrometer.StoryWeaveMetrics.COST;
import static io.storyweave.micrometer.StoryWeaveMetrics.FINAL;
import static io.storyweave.micrometer.StoryWeaveMetrics.INPUT_TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.LAYER;
import static io.storyweave.micrometer.StoryWeaveMetrics.MODEL_CALL;
import static io.storyweave.micrometer.StoryWeaveMetrics.OPERATION_NAME;
import static io.storyweave.micrometer.StoryWeaveMetrics.OUTCOME;
import static io.storyweave.micrometer.StoryWeaveMetrics.OUTPUT_TOKENS;
import static io.storyweave.micrometer.StoryWeaveMetrics.PROVIDER_NAME;
import static io.storyweave.micrometer.StoryWeaveMetrics.PURPOSE;
import static io.storyweave.micrometer.StoryWeaveMetrics.REASON;
import static io.storyweave.micrometer.StoryWeaveMetrics.REJECTIONS;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MicrometerObserverTest {
    /** One page where three are asked for: fails the page-count check. */
    private static final String ONE_PAGE = "{\"title\":\"[HERO]\",\"pages\":[{\"text\":\"[HERO] ran.\"}]}";

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final MicrometerObserver observer;
    private final List<StoryWeave> clients = new ArrayList<>();

    MicrometerObserverTest() {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        observer = MicrometerObserver.of(observations, meters);
    }

    private StoryWeave.Builder builder(StoryStore store) {
        return StoryWeave.builder().provider(model).store(store).tier(ModelTier.MEDIUM).observer(observer)
                .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
                        .storeWriteAttempts(2).build());
    }

    private StoryWeave client(StoryWeave.Builder builder) {
        StoryWeave sw = builder.build();
        clients.add(sw);
        return sw;
    }

    @AfterEach
    void close() {
        clients.forEach(StoryWeave::close);
    }

    @Test
    void aModelStoryIsTimedBySourceAndTierAndEachModelCallByGenAiModelWithItsTokensAndCost() {
        StoryWeave sw = client(builder(new MemoryStoryStore()).review(ReviewOptions.on(ModelTier.CHEAP))
                .price("test-model-medium", ModelPrice.of("3.00", "15.00")));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        assertThat(meters.get(STORY).tags(SOURCE, "model", TIER, "medium", OUTCOME, "success",
                REQUEST_MODEL, "test-model-medium", "error", "none").timer().count()).isEqualTo(1);
        assertThat(meters.get(MODEL_CALL).tags(OPERATION_NAME, "chat", PROVIDER_NAME, "scripted", SYSTEM, "scripted",
                REQUEST_MODEL, "test-model-medium", RESPONSE_MODEL, "test-model-medium", PURPOSE, "story",
                TIER, "medium", OUTCOME, "success").timer().count()).isEqualTo(1);
        assertThat(meters.get(MODEL_CALL).tags(REQUEST_MODEL, "test-model-cheap", PURPOSE, "review", TIER, "cheap")
                .timer().count()).isEqualTo(1);

        assertThat(meters.get(TOKENS).tags(PURPOSE, "story", TOKEN_TYPE, "input", RESPONSE_MODEL, "test-model-medium")
                .counter().count()).isEqualTo(100);
        assertThat(meters.get(TOKENS).tags(PURPOSE, "story", TOKEN_TYPE, "output").counter().count()).isEqualTo(200);
        assertThat(meters.get(TOKENS).tags(PURPOSE, "review", TOKEN_TYPE, "output", RESPONSE_MODEL, "test-model-cheap")
                .counter().count()).isEqualTo(200);
        // 100 input tokens at $3 and 200 output tokens at $15 per million; the review's model has no price
        assertThat(meters.get(COST).tags(PURPOSE, "story", REQUEST_MODEL, "test-model-medium").counter().count())
                .isCloseTo(0.0033, within(1e-12));
        assertThat(meters.find(COST).tags(PURPOSE, "review").counter()).isNull();

        assertThat(meters.get(STORE_CALLS).tags(STORE, "memory", STORE_OPERATION, "cache_story", OUTCOME, "success")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get(STORE_CALLS).tags(STORE_OPERATION, "get_cached_story").timer().count()).isEqualTo(2);
        assertThat(meters.get(STORE_CALLS).tags(STORE_OPERATION, "acquire_lease").timer().count()).isEqualTo(1);
    }

    @Test
    void eachModelCallIsAChildObservationOfItsStoryWithTheGenAiSpanNameAndUsage() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo(STORY, 1)
                .hasObservationWithNameEqualTo(STORY).that()
                .hasContextualNameEqualTo("create_story")
                .hasLowCardinalityKeyValue(SOURCE, "model")
                .hasLowCardinalityKeyValue(TIER, "medium")
                .doesNotHaveError()
                .hasBeenStarted().hasBeenStopped();
        TestObservationRegistryAssert.assertThat(observations)
                .hasObservationWithNameEqualTo(MODEL_CALL).that()
                .hasContextualNameEqualTo("chat test-model-medium")
                .hasParentObservationContextMatching(parent -> parent.getName().equals(STORY))
                .hasLowCardinalityKeyValue(REQUEST_MODEL, "test-model-medium")
                .hasLowCardinalityKeyValue(RESPONSE_MODEL, "test-model-medium")
                .hasHighCardinalityKeyValue(INPUT_TOKENS, "100")
                .hasHighCardinalityKeyValue(OUTPUT_TOKENS, "200")
                .hasBeenStopped();
    }

    @Test
    void aRepeatedStoryIsTimedAsALocalCacheHitAndEachLevelsHitRatioFollowsTheLookups() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        assertThat(meters.get(STORY).tags(SOURCE, "local_cache", TIER, "medium").timer().count()).isEqualTo(1);
        assertThat(meters.get(CACHE_LOOKUPS).tags(CACHE_LEVEL, "local", CACHE_RESULT, "hit").counter().count())
                .isEqualTo(1);
        assertThat(meters.get(CACHE_LOOKUPS).tags(CACHE_LEVEL, "local", CACHE_RESULT, "miss").counter().count())
                .isEqualTo(1);
        assertThat(meters.get(CACHE_LOOKUPS).tags(CACHE_LEVEL, "store", CACHE_RESULT, "miss").counter().count())
                .isEqualTo(1);
        assertThat(meters.get(CACHE_HIT_RATIO).tags(CACHE_LEVEL, "local").gauge().value()).isEqualTo(0.5);
        assertThat(meters.get(CACHE_HIT_RATIO).tags(CACHE_LEVEL, "store").gauge().value()).isEqualTo(0.0);
        assertThat(meters.get(CACHE_HIT_RATIO).tags(CACHE_LEVEL, "coalesced").gauge().value()).isEqualTo(0.0);
    }

    @Test
    void aCoalescedStoryIsTimedAsCoalescedAndCountsAsACoalescedHit() {
        StoryStarted started = StoryStarted.of(ModelTier.QUALITY, "test-model-quality", false);

        observer.cacheLookup(CacheLookup.of(CacheLevel.COALESCED, true));
        observer.storyStarted(started).stop(StoryFinished.succeeded(started, "test-model-quality", Source.COALESCED,
                Duration.ofMillis(5)));

        assertThat(meters.get(STORY).tags(SOURCE, "coalesced", TIER, "quality").timer().count()).isEqualTo(1);
        assertThat(meters.get(CACHE_LOOKUPS).tags(CACHE_LEVEL, "coalesced", CACHE_RESULT, "hit").counter().count())
                .isEqualTo(1);
        assertThat(meters.get(CACHE_HIT_RATIO).tags(CACHE_LEVEL, "coalesced").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get(CACHE_HIT_RATIO).tags(CACHE_LEVEL, "local").gauge().value()).isNaN();
    }

    @Test
    void aThrottledThenAnsweredCallCountsItsRetriesAndThrottles() {
        model.thenThrottle(2).thenValidStory();
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        assertThat(meters.get(RETRIES).tags(REASON, "throttled", PURPOSE, "story", PROVIDER_NAME, "scripted",
                REQUEST_MODEL, "test-model-medium").counter().count()).isEqualTo(2);
        assertThat(meters.get(THROTTLES).tags(PURPOSE, "story", TIER, "medium").counter().count()).isEqualTo(2);
        assertThat(meters.get(MODEL_CALL).tags(OUTCOME, "success").timer().count()).isEqualTo(1);
    }

    @Test
    void aRejectedStoryCountsEachFailedCheckAndIsTimedAsRejectedWithItsError() {
        model.thenAnswer(ONE_PAGE).thenAnswer(ONE_PAGE);
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        assertThatThrownBy(() -> sw.createStory(Neurotype.NEUROTYPICAL, 8, "dragons", List.of(), 3))
                .isInstanceOf(StoryRejectedException.class);

        assertThat(meters.get(REJECTIONS).tags(CHECK, "page-count", LAYER, "local", FINAL, "false",
                TIER, "medium").counter().count()).isEqualTo(1);
        assertThat(meters.get(REJECTIONS).tags(CHECK, "page-count", FINAL, "true").counter().count())
                .isEqualTo(1);
        assertThat(meters.get(MODEL_CALL).tags(PURPOSE, "correction").timer().count()).isEqualTo(1);
        assertThat(meters.get(StoryWeaveMetrics.CHECKS).tags(TIER, "medium", StoryWeaveMetrics.CHECKS_RESULT, "failed")
                .timer().count()).isEqualTo(2);
        assertThat(meters.get(StoryWeaveMetrics.CHECKS).timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isPositive();
        assertThat(meters.get(STORY).tags(OUTCOME, "rejected", SOURCE, "none", "error", "StoryRejectedException")
                .timer().count()).isEqualTo(1);
        TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo(STORY).that()
                .hasError().hasLowCardinalityKeyValue(OUTCOME, "rejected");
    }

    @Test
    void aFailingStoreIsTimedAsFailedAndTheStoryWithIt() {
        AtomicBoolean down = new AtomicBoolean();
        StoryStore flaky = InterceptedStore.wrap(new MemoryStoryStore(), method -> {
            if (down.get()) {
                throw new IllegalStateException("connection refused: 127.0.0.1:8000");
            }
        });
        StoryWeave sw = client(builder(flaky));
        down.set(true);

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "rain", List.of(), 1))
                .isInstanceOf(StorageException.class);

        assertThat(meters.get(STORE_CALLS).tags(STORE_OPERATION, "cache_story", OUTCOME, "failed").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(STORE_CALLS).tags(STORE_OPERATION, "acquire_lease", OUTCOME, "failed").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(STORY).tags(SOURCE, "model", OUTCOME, "failed", "error", "StorageException")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void theBedrockProviderIsNamedAsTheGenAiConventionsNameIt() {
        ModelCallStarted call = ModelCallStarted.of("bedrock", CallPurpose.STORY, ModelTier.CHEAP,
                "anthropic.claude-3-5-haiku-20241022-v1:0", 1024);

        observer.modelCallStarted(call).stop(ModelCallFinished.succeeded(call,
                "anthropic.claude-3-5-haiku-20241022-v1:0", Duration.ofMillis(900), 1, 0, new TokenUsage(10, 20),
                new BigDecimal("0.0001")));
        observer.modelCallFinished(ModelCallFinished.succeeded(call, "anthropic.claude-3-5-haiku-20241022-v1:0",
                Duration.ofMillis(900), 1, 0, new TokenUsage(10, 20), new BigDecimal("0.0001")));

        assertThat(meters.get(MODEL_CALL).tags(PROVIDER_NAME, "aws.bedrock", SYSTEM, "aws.bedrock").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(TOKENS).tags(PROVIDER_NAME, "aws.bedrock", TOKEN_TYPE, "output").counter().count())
                .isEqualTo(20);
        assertThat(meters.get(COST).tags(PROVIDER_NAME, "aws.bedrock").counter().count()).isEqualTo(0.0001);
    }

    @Test
    void noTagCarriesAProfileIdOrAChildsName() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));
        ChildProfile profile = sw.profiles().create(ChildProfile.builder().displayName("Zephyrine").age(7)
                .neurotypes(Neurotype.ADHD).build());

        sw.createStory(profile.id(), StoryOptions.of("the moon", 1));

        assertThat(meters.getMeters()).isNotEmpty();
        for (Meter meter : meters.getMeters()) {
            assertThat(meter.getId().getTags()).extracting(Tag::getValue)
                    .noneMatch(v -> v.contains(profile.id()) || v.contains("Zephyrine") || v.contains("moon"));
        }
    }

    @Test
    void theMetricsOnlyObserverTimesStoriesThroughItsOwnObservationRegistry() {
        MeterRegistry own = new SimpleMeterRegistry();
        StoryWeave sw = client(StoryWeave.builder().provider(model).store(new MemoryStoryStore())
                .tier(ModelTier.CHEAP).observer(MicrometerObserver.of(own)));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        assertThat(own.get(STORY).tags(SOURCE, "model", TIER, "cheap").timer().count()).isEqualTo(1);
        assertThat(own.get(MODEL_CALL).tags(PURPOSE, "story").timer().count()).isEqualTo(1);
    }
}
