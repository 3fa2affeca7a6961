package io.storyweave;

import io.storyweave.StoryWeaveEvents.CacheLevel;
import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.DraftRejected;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallRetried;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveEvents.Outcome;
import io.storyweave.StoryWeaveEvents.Source;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;
import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObserverTest {
    private static final String TOO_LONG = "{\"title\":\"T [HERO]\",\"pages\":[{\"text\":\"[HERO] walked very slowly and"
            + " carefully along the extraordinarily complicated winding mountain path towards the magnificent"
            + " observatory while contemplating astronomical phenomena.\"}]}";

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final Recorder recorder = new Recorder();
    private final List<StoryWeave> clients = new ArrayList<>();

    private StoryWeave.Builder builder(StoryStore store) {
        return StoryWeave.builder().provider(model).store(store).tier(ModelTier.MEDIUM).observer(recorder)
                .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
                        .build());
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
    void aStoryWrittenByTheModelIsReportedFromStartToFinishWithItsCallsTokensAndCost() {
        StoryWeave sw = client(builder(new MemoryStoryStore()).review(ReviewOptions.on(ModelTier.CHEAP))
                .price("test-model-medium", ModelPrice.of("3.00", "15.00")));

        Story story = sw.createStory(Neurotype.ADHD, 7, "space", List.of("rockets"), 2);

        assertThat(recorder.of(StoryStarted.class)).containsExactly(StoryStarted.of(ModelTier.MEDIUM, "test-model-medium", false));
        StoryFinished finished = recorder.single(StoryFinished.class);
        assertThat(finished.source()).isEqualTo(Source.MODEL);
        assertThat(finished.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(finished.modelId()).isEqualTo(story.modelId());
        assertThat(finished.errorType()).isNull();

        assertThat(recorder.of(ModelCallStarted.class)).containsExactly(
                ModelCallStarted.of("scripted", CallPurpose.STORY, ModelTier.MEDIUM, "test-model-medium",
                        model.requests().get(0).maxTokens()),
                ModelCallStarted.of("scripted", CallPurpose.REVIEW, ModelTier.CHEAP, "test-model-cheap",
                        model.requests().get(1).maxTokens()));
        List<ModelCallFinished> calls = recorder.of(ModelCallFinished.class);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.throttles()).isZero();
            assertThat(call.usage()).isEqualTo(ScriptedModelProvider.USAGE_PER_CALL);
        });
        ModelCallFinished storyCall = calls.get(0);
        assertThat(storyCall.responseModelId()).isEqualTo("test-model-medium");
        // 100 input tokens at $3 and 200 output tokens at $15 per million
        assertThat(storyCall.estimatedCostUsd()).isEqualByComparingTo(new BigDecimal("0.0033"));
        assertThat(calls.get(1).estimatedCostUsd()).as("the scripted models have no price").isNull();

        assertThat(recorder.of(CacheLookup.class)).containsExactly(CacheLookup.of(CacheLevel.LOCAL, false),
                CacheLookup.of(CacheLevel.STORE, false), CacheLookup.of(CacheLevel.COALESCED, false));
        assertThat(recorder.of(StoreCall.class)).extracting(StoreCall::operation).containsExactly(
                StoreOperation.GET_CACHED_STORY, StoreOperation.ACQUIRE_LEASE, StoreOperation.GET_CACHED_STORY,
                StoreOperation.CACHE_STORY, StoreOperation.SAVE_STORY);
        assertThat(recorder.of(StoreCall.class)).allSatisfy(call -> {
            assertThat(call.store()).isEqualTo("memory");
            assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(call.attempts()).isEqualTo(1);
        });
        assertThat(recorder.of(DraftRejected.class)).isEmpty();
    }

    @Test
    void scopesNestTheModelCallsInsideTheStoryAndStopAfterTheirFinishedEvent() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        assertThat(recorder.sequence()).containsSubsequence("story started", "model call started",
                "model call finished", "model call scope stopped", "story finished", "story scope stopped");
        assertThat(recorder.sequence().get(recorder.sequence().size() - 1)).isEqualTo("story scope stopped");
    }

    @Test
    void aThrottledThenAnsweredCallReportsEachRetryItsAttemptsAndThrottles() {
        model.thenThrottle(2).thenValidStory();
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        List<ModelCallRetried> retries = recorder.of(ModelCallRetried.class);
        assertThat(retries).extracting(ModelCallRetried::attempt).containsExactly(1, 2);
        assertThat(retries).allSatisfy(retry -> {
            assertThat(retry.reason()).isEqualTo("throttled");
            assertThat(retry.throttled()).isTrue();
            assertThat(retry.call().purpose()).isEqualTo(CallPurpose.STORY);
        });
        ModelCallFinished call = recorder.single(ModelCallFinished.class);
        assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.attempts()).isEqualTo(3);
        assertThat(call.throttles()).isEqualTo(2);
        assertThat(recorder.single(StoryFinished.class).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void retriesOfCallsRunningAtOnceAreEachReportedForTheCallTheyBelongTo() {
        int callers = 8;
        model.delay(Duration.ofMillis(20)).thenThrottle(callers);
        for (int i = 0; i < callers; i++) {
            model.thenValidStory();
        }
        // Enough attempts that no caller runs out, however the throttles fall among them.
        StoryWeave sw = client(builder(new MemoryStoryStore()).retry(RetryOptions.builder().maxAttempts(callers + 1)
                .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build()));

        List<CompletableFuture<Story>> stories = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            // distinct themes: identical requests in flight would be joined, not called twice
            String theme = "planet number " + (char) ('a' + i);
            stories.add(CompletableFuture.supplyAsync(() -> sw.createStory(Neurotype.ADHD, 7, theme, List.of(), 1)));
        }
        stories.forEach(CompletableFuture::join);

        List<ModelCallFinished> calls = recorder.of(ModelCallFinished.class);
        List<ModelCallRetried> retries = recorder.of(ModelCallRetried.class);
        assertThat(calls).hasSize(callers);
        assertThat(retries).hasSize(callers);
        for (ModelCallFinished call : calls) {
            long own = retries.stream().filter(retry -> retry.call() == call.call()).count();
            assertThat(own).as("retries reported for this call").isEqualTo(call.attempts() - 1);
        }
    }

    @Test
    void aCallThrottledThroughEveryAttemptFailsTheStoryWithTheThrottledException() {
        model.thenThrottle(4);
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1))
                .isInstanceOf(ThrottledException.class);

        ModelCallFinished call = recorder.single(ModelCallFinished.class);
        assertThat(call.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(call.errorType()).isEqualTo("ThrottledException");
        assertThat(call.attempts()).isEqualTo(4);
        assertThat(call.throttles()).isEqualTo(4);
        assertThat(call.usage()).isEqualTo(TokenUsage.ZERO);
        assertThat(recorder.of(ModelCallRetried.class)).hasSize(3);
        StoryFinished story = recorder.single(StoryFinished.class);
        assertThat(story.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(story.source()).isEqualTo(Source.NONE);
        assertThat(story.errorType()).isEqualTo("ThrottledException");
    }

    @Test
    void aRejectedStoryReportsEachFailedCheckOfBothDraftsAndTheCorrection() {
        model.thenAnswer(TOO_LONG).thenAnswer(TOO_LONG);
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        assertThatThrownBy(() -> sw.createStory(Neurotype.DYSLEXIA, 6, "stars", List.of(), 1))
                .isInstanceOf(StoryRejectedException.class);

        assertThat(recorder.of(ModelCallStarted.class)).extracting(ModelCallStarted::purpose)
                .containsExactly(CallPurpose.STORY, CallPurpose.CORRECTION);
        List<DraftRejected> rejected = recorder.of(DraftRejected.class);
        assertThat(rejected).contains(
                DraftRejected.of(ModelTier.MEDIUM, "sentence-length", QualityCheck.Layer.LOCAL, 1, false),
                DraftRejected.of(ModelTier.MEDIUM, "readability", QualityCheck.Layer.LOCAL, 1, false),
                DraftRejected.of(ModelTier.MEDIUM, "sentence-length", QualityCheck.Layer.LOCAL, 2, true),
                DraftRejected.of(ModelTier.MEDIUM, "readability", QualityCheck.Layer.LOCAL, 2, true));
        StoryFinished story = recorder.single(StoryFinished.class);
        assertThat(story.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(story.errorType()).isEqualTo("StoryRejectedException");
        assertThat(recorder.of(StoryWeaveEvents.DraftChecked.class)).extracting(StoryWeaveEvents.DraftChecked::draft,
                StoryWeaveEvents.DraftChecked::passed).containsExactly(tuple(1, false), tuple(2, false));
        assertThat(recorder.of(StoryWeaveEvents.DraftChecked.class)).allSatisfy(checked -> assertThat(checked.failed())
                .isEqualTo(rejected.stream().filter(r -> r.draft() == checked.draft()).count()));
    }

    @Test
    void everyDraftTheLocalChecksJudgeIsReportedWithTheTimeTheChecksTook() {
        model.thenAnswer(TOO_LONG);
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        sw.createStory(Neurotype.DYSLEXIA, 6, "stars", List.of(), 1);

        List<StoryWeaveEvents.DraftChecked> checked = recorder.of(StoryWeaveEvents.DraftChecked.class);
        assertThat(checked).extracting(StoryWeaveEvents.DraftChecked::draft, StoryWeaveEvents.DraftChecked::passed)
                .containsExactly(tuple(1, false), tuple(2, true));
        assertThat(checked).allSatisfy(event -> {
            assertThat(event.tier()).isEqualTo(ModelTier.MEDIUM);
            assertThat(event.took()).isPositive();
        });
    }

    @Test
    void aReviewThatFindsAProblemIsReportedAsARejectionByTheReviewLayer() {
        model.thenReviewRejecting("weapons", "a sword").thenReviewRejecting("weapons", "a sword");
        StoryWeave sw = client(builder(new MemoryStoryStore()).review(ReviewOptions.on(ModelTier.CHEAP)));

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1))
                .isInstanceOf(StoryRejectedException.class);

        assertThat(recorder.of(DraftRejected.class)).containsExactly(
                DraftRejected.of(ModelTier.MEDIUM, "review:weapons", QualityCheck.Layer.REVIEW, 1, false),
                DraftRejected.of(ModelTier.MEDIUM, "review:weapons", QualityCheck.Layer.REVIEW, 2, true));
    }

    @Test
    void anAnswerTheProvidersContentFilterBlockedIsAFinalRejectionByTheGuardLayer() {
        model.thenFail(new ModelProviderException("The output was blocked by the content filter",
                ModelProviderException.Kind.CONTENT_BLOCKED, false, null, "req-blocked", null));
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1))
                .isInstanceOf(StoryRejectedException.class);

        assertThat(recorder.of(DraftRejected.class)).containsExactly(
                DraftRejected.of(ModelTier.MEDIUM, "content-blocked", QualityCheck.Layer.GUARD, 1, true));
        assertThat(recorder.single(ModelCallFinished.class).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(recorder.single(StoryFinished.class).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aRepeatedRequestIsALocalCacheHitWithoutAModelCall() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));
        sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);
        recorder.clear();

        Story again = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 1);

        assertThat(recorder.of(CacheLookup.class)).containsExactly(CacheLookup.of(CacheLevel.LOCAL, true));
        StoryFinished finished = recorder.single(StoryFinished.class);
        assertThat(finished.source()).isEqualTo(Source.LOCAL_CACHE);
        assertThat(finished.modelId()).isEqualTo(again.modelId());
        assertThat(recorder.of(ModelCallStarted.class)).isEmpty();
        assertThat(recorder.of(StoreCall.class)).isEmpty();
    }

    @Test
    void anotherInstancesStoryIsALevelTwoHit() {
        MemoryStoryStore shared = new MemoryStoryStore();
        client(StoryWeave.builder().provider(model).store(shared).tier(ModelTier.MEDIUM))
                .createStory(Neurotype.ADHD, 7, "owls", List.of(), 1);
        StoryWeave sw = client(builder(shared));

        sw.createStory(Neurotype.ADHD, 7, "owls", List.of(), 1);

        assertThat(recorder.of(CacheLookup.class)).containsExactly(CacheLookup.of(CacheLevel.LOCAL, false),
                CacheLookup.of(CacheLevel.STORE, true));
        assertThat(recorder.single(StoryFinished.class).source()).isEqualTo(Source.STORE_CACHE);
    }

    @Test
    void aCallerThatJoinsAnIdenticalStoryBeingWrittenIsReportedAsCoalesced() throws Exception {
        StoryWeave sw = client(builder(new MemoryStoryStore()));
        StoryRequest request = StoryRequest.of(Neurotype.AUTISM, 8, "trains", List.of(), 1);
        CountDownLatch secondIsWaiting = new CountDownLatch(1);
        List<CompletableFuture<Story>> second = new ArrayList<>();
        // While the model writes the first caller's story, a second caller asks for the same one and waits for it.
        model.thenRun(() -> {
            second.add(CompletableFuture.supplyAsync(() -> sw.createStoryStreaming(request, new StoryListener() {
                @Override
                public void onPage(int pageNumber, Page page) {
                }

                @Override
                public void onProgress(StoryProgress progress) {
                    if (progress.stage() == StoryProgress.Stage.WAITING) {
                        secondIsWaiting.countDown();
                    }
                }
            })));
            try {
                assertThat(secondIsWaiting.await(30, TimeUnit.SECONDS)).as("the second caller waits").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        sw.createStory(request);
        second.get(0).get(30, TimeUnit.SECONDS);

        assertThat(model.calls()).isEqualTo(1);
        assertThat(recorder.of(StoryFinished.class)).extracting(f -> f.story().streaming(), StoryFinished::source)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(false, Source.MODEL),
                        org.assertj.core.groups.Tuple.tuple(true, Source.COALESCED));
        assertThat(recorder.of(CacheLookup.class)).filteredOn(l -> l.level() == CacheLevel.COALESCED)
                .containsExactlyInAnyOrder(CacheLookup.of(CacheLevel.COALESCED, false),
                        CacheLookup.of(CacheLevel.COALESCED, true));
    }

    @Test
    void aStoreThatFailsAfterAPaidCallIsReportedWithEveryAttemptAndTheStoryFails() {
        AtomicBoolean storeDown = new AtomicBoolean();
        StoryStore flaky = InterceptedStore.wrap(new MemoryStoryStore(), method -> {
            if (storeDown.get()) {
                throw new IllegalStateException("connection refused: 127.0.0.1:8000");
            }
        });
        StoryWeave sw = client(builder(flaky).retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1))
                .storeWriteAttempts(3).build()));
        storeDown.set(true);

        assertThatThrownBy(() -> sw.createStory(Neurotype.ADHD, 7, "rain", List.of(), 1))
                .isInstanceOf(StorageException.class);

        StoreCall write = recorder.of(StoreCall.class).stream()
                .filter(c -> c.operation() == StoreOperation.CACHE_STORY).findFirst().orElseThrow();
        assertThat(write.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(write.attempts()).isEqualTo(3);
        assertThat(write.errorType()).isEqualTo("StorageException");
        assertThat(recorder.of(StoreCall.class)).filteredOn(c -> c.operation() == StoreOperation.GET_CACHED_STORY)
                .allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.FAILED));
        StoryFinished story = recorder.single(StoryFinished.class);
        assertThat(story.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(story.source()).as("the model had written it").isEqualTo(Source.MODEL);
        assertThat(story.errorType()).isEqualTo("StorageException");
    }

    @Test
    void profileCallsAreReportedAsStoreCallsWithTheirOperation() {
        StoryWeave sw = client(builder(new MemoryStoryStore()));

        ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7).build());
        sw.profiles().get(mia.id());
        sw.stories().listByProfile(mia.id(), 10, null);

        assertThat(recorder.of(StoreCall.class)).extracting(StoreCall::operation).containsExactly(
                StoreOperation.CREATE_PROFILE, StoreOperation.GET_PROFILE, StoreOperation.LIST_STORIES);
    }

    @Test
    void anObserverThatThrowsEverywhereNeitherBreaksTheStoryNorSilencesTheOthers() {
        StoryWeaveObserver broken = new StoryWeaveObserver() {
            @Override
            public Scope<StoryFinished> storyStarted(StoryStarted started) {
                throw new IllegalStateException("broken observer");
            }

            @Override
            public Scope<ModelCallFinished> modelCallStarted(ModelCallStarted started) {
                return finished -> {
                    throw new IllegalStateException("broken scope");
                };
            }

            @Override
            public void modelCallFinished(ModelCallFinished finished) {
                throw new IllegalStateException("broken observer");
            }

            @Override
            public void storyFinished(StoryFinished finished) {
                throw new IllegalStateException("broken observer");
            }

            @Override
            public void cacheLookup(CacheLookup lookup) {
                throw new NoClassDefFoundError("io/micrometer/core/instrument/MeterRegistry");
            }

            @Override
            public void storeCall(StoreCall call) {
                throw new IllegalStateException("broken observer");
            }
        };
        StoryWeave sw = client(StoryWeave.builder().provider(model).store(new MemoryStoryStore()).observer(broken)
                .observer(recorder));

        Story story = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);
        Story again = sw.createStory(Neurotype.ADHD, 7, "space", List.of(), 2);

        assertThat(story.pages()).hasSize(2);
        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(recorder.of(StoryFinished.class)).extracting(StoryFinished::source)
                .containsExactly(Source.MODEL, Source.LOCAL_CACHE);
        assertThat(recorder.sequence()).contains("model call scope stopped", "story scope stopped");
    }

    @Test
    void eventsRefuseInconsistentValues() {
        StoryStarted started = StoryStarted.of(ModelTier.CHEAP, "m", false);
        assertThatThrownBy(() -> new StoryFinished(started, "m", Source.MODEL, Outcome.FAILED, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FAILED needs an error");
        assertThatThrownBy(() -> StoryFinished.succeeded(started, "m", Source.MODEL, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThat(StoryFinished.failed(started, "m", Source.NONE, new StoryRejectedException("no", List.of()),
                Duration.ZERO).outcome()).isEqualTo(Outcome.REJECTED);
    }

    /** Records every event, and the order of starts, finishes and scope stops. */
    private static final class Recorder implements StoryWeaveObserver {
        private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
        private final List<String> sequence = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Scope<StoryFinished> storyStarted(StoryStarted started) {
            events.add(started);
            sequence.add("story started");
            return finished -> sequence.add("story scope stopped");
        }

        @Override
        public void storyFinished(StoryFinished finished) {
            events.add(finished);
            sequence.add("story finished");
        }

        @Override
        public Scope<ModelCallFinished> modelCallStarted(ModelCallStarted started) {
            events.add(started);
            sequence.add("model call started");
            return finished -> sequence.add("model call scope stopped");
        }

        @Override
        public void modelCallFinished(ModelCallFinished finished) {
            events.add(finished);
            sequence.add("model call finished");
        }

        @Override
        public void modelCallRetried(ModelCallRetried retried) {
            events.add(retried);
        }

        @Override
        public void draftChecked(StoryWeaveEvents.DraftChecked checked) {
            events.add(checked);
        }

        @Override
        public void draftRejected(DraftRejected rejected) {
            events.add(rejected);
        }

        @Override
        public void cacheLookup(CacheLookup lookup) {
            events.add(lookup);
        }

        @Override
        public void storeCall(StoreCall call) {
            events.add(call);
        }

        <T> List<T> of(Class<T> type) {
            synchronized (events) {
                return events.stream().filter(type::isInstance).map(type::cast).toList();
            }
        }

        <T> T single(Class<T> type) {
            List<T> found = of(type);
            assertThat(found).as(type.getSimpleName()).hasSize(1);
            return found.get(0);
        }

        List<String> sequence() {
            synchronized (sequence) {
                return List.copyOf(sequence);
            }
        }

        void clear() {
            events.clear();
            sequence.clear();
        }
    }
}
