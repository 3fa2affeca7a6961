package io.storyweave.dynamodb;

import io.storyweave.Page;
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

import static io.storyweave.testing.StoreFixtures.T0;
import static io.storyweave.testing.StoreFixtures.awaitListed;
import static io.storyweave.testing.StoreFixtures.profile;
import static io.storyweave.testing.StoreFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stories larger than one DynamoDB item allows: compressed when that makes them fit, refused clearly when not. */
class LargeStoryTest {
    private DynamoDbStoryStore store;

    @BeforeEach
    void setUp() {
        store = Fixtures.newStore(DynaliteServer.shared());
        store.profiles().createProfile(profile("p1"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aTwentyPageLongStoryThatWouldNotFitUncompressedRoundTrips() {
        // 20 pages of 22 000 characters: about 440 KB of JSON, over DynamoDB's 400 KB item limit.
        Story longStory = story("long", "p1", T0, Fixtures.longPages(20, 22_000, 7));
        assertThat(StoryCodec.toJson(longStory).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(400 * 1024);

        store.stories().putStory(longStory);
        store.sharedCache().putCachedStory("k-long", longStory, Duration.ofHours(1));

        assertThat(store.stories().getStory("long")).contains(longStory);
        awaitListed(store, "p1", List.of("long"));
        assertThat(store.stories().listStories("p1", 1, null).items()).containsExactly(longStory);
        assertThat(store.sharedCache().getCachedStory("k-long")).contains(longStory);
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
        Story huge = story("huge", "p1", T0, pages);

        assertThatThrownBy(() -> store.stories().putStory(huge)).isInstanceOf(StorageException.class)
                .hasMessageContaining("huge").hasMessageContaining("too large")
                .hasMessageContaining(StoryPayload.MAX_BYTES / 1024 + " KB");
        assertThatThrownBy(() -> store.sharedCache().putCachedStory("k-huge", huge, Duration.ofHours(1)))
                .isInstanceOf(StorageException.class).hasMessageContaining("too large");
        assertThat(store.stories().getStory("huge")).isEmpty();
        assertThat(store.sharedCache().getCachedStory("k-huge")).isEmpty();
    }
}
