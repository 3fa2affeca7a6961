package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story in the shared cache that other checks accepted (another StoryWeave version sharing the
 * store, or this one before an upgrade) is checked again before a child sees it; one these checks
 * accepted is served as it is.
 */
class CachedStoriesRecheckedTest {
    private static final String UNSAFE_PAGE = "[HERO] finds a real gun under the bed. [HERO] shoots the birds with it"
            + " for fun. Can you find a gun too?";
    private static final String OLDER_CHECKS = "checks-0123456789abcdef";

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final MemoryStoryStore shared = new MemoryStoryStore();
    private final List<StoryWeave> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(StoryWeave::close);
    }

    /** An instance sharing the store whose cache reads give back what {@code olderVersion} makes of each story. */
    private StoryWeave instance(UnaryOperator<Story> olderVersion) {
        StoryWeave sw = StoryWeave.builder().provider(model).store(new RewritingStore(shared, olderVersion)).build();
        clients.add(sw);
        return sw;
    }

    private static StoryRequest request() {
        return StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("a day at the park").pages(2).build();
    }

    private static Story checkedBy(Story story, String checks) {
        return story.toBuilder().quality(story.quality().toBuilder().checkedBy(checks).build()).build();
    }

    private static Story withUnsafePages(Story story) {
        return story.toBuilder().pages(story.pages().stream().map(p -> new Page(UNSAFE_PAGE)).toList()).build();
    }

    @Test
    void everyAcceptedStoryRecordsWhichChecksAcceptedIt() {
        Story story = instance(UnaryOperator.identity()).createStory(request());

        assertThat(story.quality().checkedBy()).matches("checks-[0-9a-f]{16}");
    }

    @Test
    void aCachedStoryThatOlderChecksAcceptedAndTheseRejectIsNeverServedAndIsWrittenAgain() {
        instance(UnaryOperator.identity()).createStory(request());
        StoryWeave upgraded = instance(story -> checkedBy(withUnsafePages(story), OLDER_CHECKS));

        Story story = upgraded.createStory(request());

        assertThat(model.calls()).isEqualTo(2);
        assertThat(story.source()).isEqualTo(StorySource.MODEL);
        assertThat(story.pages()).noneMatch(page -> page.text().contains("gun"));
    }

    @Test
    void aCachedStoryWhoseChecksWereNotRecordedIsCheckedAgainLikeAnyOther() {
        instance(UnaryOperator.identity()).createStory(request());
        StoryWeave upgraded = instance(story -> checkedBy(withUnsafePages(story), ""));

        Story story = upgraded.createStory(request());

        assertThat(model.calls()).isEqualTo(2);
        assertThat(story.pages()).noneMatch(page -> page.text().contains("gun"));
    }

    @Test
    void aCachedStoryThatOlderChecksAcceptedAndThesePassIsServedWithoutAModelCallAndNamesTheseChecks() {
        Story first = instance(UnaryOperator.identity()).createStory(request());
        StoryWeave upgraded = instance(story -> checkedBy(story, OLDER_CHECKS));

        Story story = upgraded.createStory(request());

        assertThat(model.calls()).isEqualTo(1);
        assertThat(story.source()).isEqualTo(StorySource.STORE_CACHE);
        assertThat(story.pages()).isEqualTo(first.pages());
        assertThat(story.quality().checkedBy()).isEqualTo(first.quality().checkedBy());
        assertThat(story.quality().checks()).allMatch(QualityCheck::passed);
    }

    @Test
    void aCachedStoryTheseSameChecksAcceptedIsServedAsItIsWithoutCheckingItAgain() {
        // What these checks accepted is trusted: the cost of a store hit stays a read. The unsafe pages
        // stand for a check these checks would fail, to show that none runs.
        instance(UnaryOperator.identity()).createStory(request());
        StoryWeave same = instance(CachedStoriesRecheckedTest::withUnsafePages);

        Story story = same.createStory(request());

        assertThat(model.calls()).isEqualTo(1);
        assertThat(story.source()).isEqualTo(StorySource.STORE_CACHE);
    }

    @Test
    void aWaiterServedAnotherInstancesStoryChecksItToo() {
        model.delay(Duration.ofMillis(300));
        StoryWeave writer = instance(UnaryOperator.identity());
        StoryWeave waiter = StoryWeave.builder().provider(model)
                .store(new RewritingStore(shared, story -> checkedBy(withUnsafePages(story), OLDER_CHECKS)))
                .cache(CacheOptions.builder().leasePollInterval(Duration.ofMillis(10)).build()).build();
        clients.add(waiter);

        Thread first = new Thread(() -> writer.createStory(request()));
        first.start();
        pauseUntil(() -> model.calls() == 1);
        Story story = waiter.createStory(request());

        assertThat(model.calls()).isEqualTo(2);
        assertThat(story.pages()).noneMatch(page -> page.text().contains("gun"));
    }

    private static void pauseUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A store whose shared-cache reads return each story as another version would have left it. */
    private static final class RewritingStore extends DelegatingStore {
        private final SharedStoryCache cache;

        RewritingStore(MemoryStoryStore delegate, UnaryOperator<Story> rewrite) {
            super(delegate);
            this.cache = new DelegatingSharedCache(delegate.sharedCache()) {
                @Override
                public Optional<Story> getCachedStory(String key) {
                    return super.getCachedStory(key).map(rewrite);
                }
            };
        }

        @Override
        public SharedStoryCache sharedCache() {
            return cache;
        }
    }
}
