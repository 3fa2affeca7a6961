package io.storyweave.testing;

import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import io.storyweave.spi.StoryStore;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Profiles and stories to write into a store under test, as the core would write them, and a wait
 * for a listing to catch up with the writes.
 */
public final class StoreFixtures {
    /** The instant fixtures are stamped with unless told otherwise. */
    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private StoreFixtures() {
    }

    /**
     * @param id the profile id
     * @return a profile at version 1, created at {@link #T0}
     */
    public static ChildProfile profile(String id) {
        return ChildProfile.builder().id(id).displayName("Mia").age(7).neurotypes(Neurotype.ADHD)
                .interests(List.of("rockets")).build().stamped(1, T0);
    }

    /**
     * @param id        the story id
     * @param profileId the profile whose library it belongs to, or {@code null} for a shared template
     * @param createdAt when it was written
     * @return a two-page story
     */
    public static Story story(String id, String profileId, Instant createdAt) {
        return story(id, profileId, createdAt, List.of(new Page("Mia sees a red sun."), new Page("Mia waves.")));
    }

    /**
     * @param id        the story id
     * @param profileId the profile whose library it belongs to, or {@code null} for a shared template
     * @param createdAt when it was written
     * @param pages     its pages
     * @return the story
     */
    public static Story story(String id, String profileId, Instant createdAt, List<Page> pages) {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ADHD).age(7).theme("space")
                .pages(pages.size()).profileId(profileId).heroName(profileId == null ? null : "Mia").build();
        QualityReport quality = QualityReport.builder().readabilityGrade(2.1).targetGrade(3.0).averageSentenceWords(6.5)
                .longestSentenceWords(9).maxSentenceWords(12)
                .checks(List.of(new QualityCheck("readability", true, "grade 2.1 <= 3.0"))).build();
        return Story.builder().id(id).title("Mia and the Red Sun").pages(pages).request(request).modelId("test-model")
                .tier(ModelTier.MEDIUM).usage(new TokenUsage(100, 200)).estimatedCostUsd(new BigDecimal("0.0012"))
                .createdAt(createdAt).source(StorySource.MODEL).quality(quality).build();
    }

    /**
     * Waits (at most ten seconds) until a profile's listing shows every one of {@code storyIds}: a
     * listing may lag the writes (DynamoDB lists from an index updated a moment later), so a test
     * that lists right after writing must not assume the story is there yet.
     *
     * @param store     the store
     * @param profileId the profile
     * @param storyIds  the stories that must be listed
     * @throws AssertionError when they are not all listed in time
     */
    public static void awaitListed(StoryStore store, String profileId, Collection<String> storyIds) {
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
}
