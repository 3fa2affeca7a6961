package io.storyweave.dynamodb;

import io.storyweave.Page;
import io.storyweave.ResultPage;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.dynamodb.internal.StoryPayload;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.spi.StoryCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stories: one-read get, newest-first paging per profile, and large stories. */
class StoryStoreTest {
    private DynamoDbStoryStore store;

    @BeforeEach
    void setUp() {
        store = Fixtures.newStore(DynaliteServer.shared());
        store.createProfile(Fixtures.profile("p1"));
        store.createProfile(Fixtures.profile("p2"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aStoredStoryReadsBackEqual() {
        Story story = Fixtures.story("s1", "p1", Fixtures.T0.plusNanos(123_456_789));
        store.putStory(story);
        assertThat(store.getStory("s1")).contains(story);
        assertThat(store.getStory("nope")).isEmpty();
        // Writing the same story again is harmless (the core retries writes).
        store.putStory(story);
        Fixtures.awaitListed(store, "p1", List.of("s1"));
        assertThat(store.listStories("p1", 10, null).items()).containsExactly(story);
    }

    @Test
    void aProfilesStoriesListNewestFirstAcrossPages() {
        List<String> expected = new ArrayList<>();
        // Written out of order; two share a timestamp to show ties are stable.
        int[] minutes = {5, 1, 9, 3, 7, 11, 2, 8, 4, 10, 6, 0, 6};
        for (int i = 0; i < minutes.length; i++) {
            store.putStory(Fixtures.story("s" + i, "p1", Fixtures.T0.plus(Duration.ofMinutes(minutes[i]))));
        }
        store.putStory(Fixtures.story("other", "p2", Fixtures.T0.plus(Duration.ofHours(1))));
        List<String> written = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            written.add("s" + i);
        }
        Fixtures.awaitListed(store, "p1", written);

        List<Story> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResultPage<Story> page = store.listStories("p1", 4, token);
            seen.addAll(page.items());
            token = page.nextPageToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(minutes.length).extracting(Story::id).doesNotHaveDuplicates().doesNotContain("other");
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).createdAt()).isBeforeOrEqualTo(seen.get(i - 1).createdAt());
        }
        assertThat(seen.get(0).id()).isEqualTo("s5");
        assertThat(seen.get(seen.size() - 1).id()).isEqualTo("s11");
    }

    @Test
    void aTwentyPageLongStoryThatWouldNotFitUncompressedRoundTrips() {
        // 20 pages of 22 000 characters: about 440 KB of JSON, over DynamoDB's 400 KB item limit.
        Story longStory = Fixtures.story("long", "p1", Fixtures.T0, Fixtures.longPages(20, 22_000, 7));
        assertThat(StoryCodec.toJson(longStory).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(400 * 1024);

        store.putStory(longStory);
        store.putCachedStory("k-long", longStory, Duration.ofHours(1));

        assertThat(store.getStory("long")).contains(longStory);
        Fixtures.awaitListed(store, "p1", List.of("long"));
        assertThat(store.listStories("p1", 1, null).items()).containsExactly(longStory);
        assertThat(store.getCachedStory("k-long")).contains(longStory);
    }

    @Test
    void aStoryTooLargeEvenCompressedFailsClearlyBeforeReachingDynamoDb() {
        Random random = new Random(1);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[20_000];
            random.nextBytes(noise);
            pages.add(new Page(Base64.getEncoder().encodeToString(noise)));
        }
        Story huge = Fixtures.story("huge", "p1", Fixtures.T0, pages);

        assertThatThrownBy(() -> store.putStory(huge)).isInstanceOf(StorageException.class)
                .hasMessageContaining("huge").hasMessageContaining("too large")
                .hasMessageContaining(StoryPayload.MAX_BYTES / 1024 + " KB");
        assertThat(store.getStory("huge")).isEmpty();
    }
}
