package io.storyweave.dynamodb;

import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.ResultPage;
import io.storyweave.RetryOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.spi.StoryStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** Stores on dynalite with tables of their own, and stories and profiles to put in them. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Fixtures() {
    }

    /** Each test gets its own tables on the shared server, so tests never see each other's items. */
    static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static DynamoDbStoryStore.Builder storeOn(DynaliteServer server) {
        return DynamoDbStoryStore.builder()
                .endpointOverride(server.endpoint())
                .region(DynaliteServer.REGION.id())
                .credentialsProvider(DynaliteServer.CREDENTIALS)
                .timeout(Duration.ofSeconds(2));
    }

    static DynamoDbStoryStore newStore(DynaliteServer server) {
        return storeOn(server).tablePrefix(uniquePrefix()).createTablesIfMissing(true).build();
    }

    /**
     * Waits (at most ten seconds) until a profile's listing shows every one of {@code storyIds}.
     * Listings come from an index that real DynamoDB updates a moment after the write, so a test
     * that lists right after writing must not assume the story is there yet.
     */
    static void awaitListed(StoryStore store, String profileId, Collection<String> storyIds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Set<String> listed = new HashSet<>();
        while (true) {
            listed.clear();
            String token = null;
            do {
                ResultPage<Story> page = store.stories().listStories(profileId, 100, token);
                page.items().forEach(story -> listed.add(story.id()));
                token = page.nextPageToken();
            } while (token != null);
            if (listed.containsAll(storyIds)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Profile " + profileId + " lists " + listed.size() + " stories but not all of "
                        + storyIds + " after 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static RetryOptions fastRetries() {
        return RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();
    }

    static ChildProfile profile(String id) {
        return ChildProfile.builder().id(id).displayName("Mia").age(7).neurotypes(Neurotype.ADHD)
                .interests(List.of("rockets")).build().stamped(1, T0);
    }

    static Story story(String id, String profileId, Instant createdAt) {
        return story(id, profileId, createdAt, List.of(new Page("Mia sees a red sun."), new Page("Mia waves.")));
    }

    static Story story(String id, String profileId, Instant createdAt, List<Page> pages) {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("space")
                .pages(pages.size()).profileId(profileId).heroName(profileId == null ? null : "Mia").build();
        QualityReport quality = new QualityReport(2.1, 3.0, 6.5, 9, 12,
                List.of(new QualityCheck("readability", true, "grade 2.1 <= 3.0")), 1);
        return new Story(id, "Mia and the Red Sun", pages, request, "test-model", ModelTier.MEDIUM,
                new TokenUsage(100, 200), new BigDecimal("0.0012"), createdAt, StorySource.MODEL, quality);
    }

    /**
     * Pages of ordinary-looking prose from a fixed vocabulary: compressible like real text, not
     * like a repeated string, so the size check is honest.
     */
    static List<Page> longPages(int pages, int charsPerPage, long seed) {
        String[] words = ("the a little brave fox rabbit owl walked through forest river quiet morning light soft"
                + " green hill friend found stone bridge water sang slowly carefully together home warm bread"
                + " window garden moon star counted breathed smiled listened wondered gentle bright red blue")
                .split(" ");
        Random random = new Random(seed);
        List<Page> result = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < charsPerPage) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            result.add(new Page(text.toString()));
        }
        return result;
    }

    /** A clock tests move by hand, to expire cache items and leases without sleeping. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
