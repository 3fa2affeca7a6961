package io.storyweave;

import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import io.storyweave.internal.store.MemoryStoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tier is resolved to a model once; calls, cache keys and prices use that model's handle. */
class ModelHandleTest {
    private final ScriptedModelProvider scripted = new ScriptedModelProvider();
    private final List<ModelTier> resolved = Collections.synchronizedList(new ArrayList<>());
    private final ModelProvider counting = new DelegatingProvider(scripted) {
        @Override
        public ModelHandle model(ModelTier tier) {
            resolved.add(tier);
            return super.model(tier);
        }
    };
    private StoryWeave sw;

    @AfterEach
    void close() {
        if (sw != null) {
            sw.close();
        }
        System.clearProperty("storyweave.tier");
    }

    @Test
    void theProviderIsAskedOnceForEachTierInUseWhenTheClientIsBuiltAndNeverPerCall() {
        sw = StoryWeave.builder().provider(counting).store("memory").tier(ModelTier.EXPENSIVE)
                .review(ReviewOptions.on(ModelTier.CHEAP)).build();
        assertThat(resolved).containsExactly(ModelTier.EXPENSIVE, ModelTier.CHEAP);

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        sw.createStory(Neurotype.AUTISM, 8, "trains", List.of(), 2);

        assertThat(resolved).hasSize(2);
        assertThat(scripted.requests(CallPurpose.STORY)).extracting(r -> r.model().modelId())
                .containsOnly("test-model-expensive");
        assertThat(scripted.requests(CallPurpose.REVIEW)).hasSize(2)
                .extracting(r -> r.model().modelId()).containsOnly("test-model-cheap");
    }

    @Test
    void theTierComesFromTheSameConfigurationSourcesAsEveryOtherSetting() {
        try (StoryWeave fromProperty = StoryWeave.builder().provider(scripted).store("memory")
                .property("storyweave.tier", "cheap").environment(Map.of("AWS_BEDROCK_MODEL_TIER", "quality")).build()) {
            assertThat(fromProperty.tier()).isEqualTo(ModelTier.CHEAP);
        }
        try (StoryWeave fromEnvironment = StoryWeave.builder().provider(scripted).store("memory")
                .environment(Map.of("STORYWEAVE_TIER", "expensive", "AWS_BEDROCK_MODEL_TIER", "quality")).build()) {
            assertThat(fromEnvironment.tier()).isEqualTo(ModelTier.EXPENSIVE);
        }
        assertThatThrownBy(() -> StoryWeave.builder().provider(scripted).store("memory")
                .environment(Map.of("STORYWEAVE_TIER", "premium")).build())
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("premium")
                .hasMessageContaining("STORYWEAVE_TIER");
    }

    @Test
    void afterTheProviderFallsBackToAnotherIdLaterCallsCacheKeysAndTheClientUseTheIdThatAnswered() {
        sw = StoryWeave.builder().provider(scripted).store("memory").build();
        scripted.answerAs("us.test-model-medium");

        Story first = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        assertThat(first.modelId()).isEqualTo("us.test-model-medium");
        assertThat(sw.modelId()).isEqualTo("us.test-model-medium");
        assertThat(sw.tier()).isEqualTo(ModelTier.MEDIUM);

        // The same request is served from the cache the fallback's story was stored under.
        Story again = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(scripted.calls()).isEqualTo(1);

        sw.createStory(Neurotype.ADHD, 7, "the sea", List.of(), 2);
        assertThat(scripted.lastRequest().model().modelId()).isEqualTo("us.test-model-medium");
    }

    @Test
    void aStoryWrittenAfterAFallbackIsFoundInTheSharedCacheByAnotherInstanceThatAlreadyUsesTheFallbackId() {
        MemoryStoryStore shared = new MemoryStoryStore();
        sw = StoryWeave.builder().provider(scripted).store(shared).build();
        scripted.answerAs("us.test-model-medium");
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        ScriptedModelProvider otherModel = new ScriptedModelProvider();
        ModelProvider configuredWithTheProfile = new DelegatingProvider(otherModel) {
            @Override
            public ModelHandle model(ModelTier tier) {
                return super.model(tier).withModelId("us.test-model-medium");
            }
        };
        try (StoryWeave second = StoryWeave.builder().provider(configuredWithTheProfile).store(shared).build()) {
            Story served = second.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
            assertThat(served.source()).isEqualTo(StorySource.STORE_CACHE);
            assertThat(otherModel.calls()).isZero();
        }
    }

    @Test
    void theProvidersListPriceOnTheHandlePricesCallsAndAnOverrideOfTheModelAlsoPricesItsInferenceProfiles() {
        ModelProvider priced = new DelegatingProvider(scripted) {
            @Override
            public ModelHandle model(ModelTier tier) {
                return new ModelHandle(tier, "us.vendor.model-" + tier.name().toLowerCase(java.util.Locale.ROOT),
                        ModelPrice.of("1.00", "10.00"), Set.of());
            }
        };
        sw = StoryWeave.builder().provider(priced).store("memory").build();
        // 100 input tokens at $1/M + 200 output tokens at $10/M
        assertThat(sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1).estimatedCostUsd())
                .isEqualByComparingTo(new BigDecimal("0.0021"));
        sw.close();

        sw = StoryWeave.builder().provider(priced).store("memory").price("vendor.model-medium", ModelPrice.of("2.00", "20.00"))
                .build();
        assertThat(sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1).estimatedCostUsd())
                .isEqualByComparingTo(new BigDecimal("0.0042"));
    }

    @Test
    void aProviderThatHasNoModelForTheTierStopsTheBuildNamingTheTier() {
        ModelProvider none = new DelegatingProvider(scripted) {
            @Override
            public ModelHandle model(ModelTier tier) {
                return tier == ModelTier.QUALITY ? null : super.model(tier);
            }
        };
        assertThatThrownBy(() -> StoryWeave.builder().provider(none).store("memory").tier(ModelTier.QUALITY).build())
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("QUALITY")
                .hasMessageContaining("scripted");
        assertThatThrownBy(() -> StoryWeave.builder().provider(none).store("memory")
                .review(ReviewOptions.on(ModelTier.QUALITY)).build())
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("review tier QUALITY")
                .hasMessageContaining("ReviewOptions.off()");
    }

    @Test
    void aModelThatCannotStreamStillGivesProgressAndPagesOnlyAfterTheChecks() {
        ModelProvider noStreaming = new DelegatingProvider(scripted) {
            @Override
            public ModelHandle model(ModelTier tier) {
                return ModelHandle.of(tier, "plain-" + tier);
            }
        };
        sw = StoryWeave.builder().provider(noStreaming).store("memory").build();
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        sw.createStoryStreaming(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 2), new StoryListener() {
            @Override
            public void onProgress(StoryProgress progress) {
                heard.add(progress.stage().name());
            }

            @Override
            public void onPage(int number, Page page) {
                heard.add("page " + number);
            }
        });
        assertThat(heard).containsSubsequence("WRITING", "CHECKING", "page 1", "page 2");
    }

    @Test
    void aStoreWithoutASharedCacheServesRepeatsFromTheLocalCacheAndTakesNoLeases() {
        List<String> storeCalls = Collections.synchronizedList(new ArrayList<>());
        sw = StoryWeave.builder().provider(scripted)
                .store(InterceptedStore.wrap(StoreWithoutSharedCacheContractTest.withoutSharedCache(new MemoryStoryStore()),
                        storeCalls::add))
                .build();

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        Story again = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(scripted.calls()).isEqualTo(1);
        assertThat(storeCalls).doesNotContain("getCachedStory", "tryAcquireLease", "putCachedStory").contains("putStory");
    }
}
