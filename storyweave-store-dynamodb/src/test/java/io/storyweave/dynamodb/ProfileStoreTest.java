package io.storyweave.dynamodb;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.InvalidRequestException;
import io.storyweave.NotFoundException;
import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles: never overwritten on create, optimistic locking on update, paging, cascade delete. */
class ProfileStoreTest {
    private DynamoDbStoryStore store;

    @BeforeEach
    void setUp() {
        store = Fixtures.newStore(DynaliteServer.shared());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void creatingAProfileWithATakenIdIsAConflictAndKeepsTheOriginal() {
        ChildProfile original = Fixtures.profile("p1");
        store.createProfile(original);
        ChildProfile impostor = original.toBuilder().displayName("Zed").build().stamped(1, Fixtures.T0);

        assertThatThrownBy(() -> store.createProfile(impostor)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("p1").hasMessageContaining("already exists");
        assertThat(store.getProfile("p1")).contains(original);
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConflictAndWritesNothing() {
        ChildProfile v1 = Fixtures.profile("p1");
        store.createProfile(v1);
        ChildProfile v2 = v1.toBuilder().age(8).build().stamped(2, Fixtures.T0.plusSeconds(1));
        store.updateProfile(v2, 1);

        ChildProfile stale = v1.toBuilder().age(9).build().stamped(2, Fixtures.T0.plusSeconds(2));
        assertThatThrownBy(() -> store.updateProfile(stale, 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("version 2").hasMessageContaining("based on version 1");
        assertThat(store.getProfile("p1")).contains(v2);
    }

    @Test
    void updatingAProfileThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> store.updateProfile(Fixtures.profile("ghost").stamped(2, Fixtures.T0), 1))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ghost");
        assertThat(store.getProfile("ghost")).isEmpty();
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWinsAndTheLoserLosesNothingSilently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String id = "race-" + round;
                store.createProfile(Fixtures.profile(id));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> attempts = new ArrayList<>();
                for (int age : new int[] {5, 11}) {
                    ChildProfile change = Fixtures.profile(id).toBuilder().age(age).build()
                            .stamped(2, Fixtures.T0.plusSeconds(age));
                    attempts.add(pool.submit(() -> {
                        together.await();
                        try {
                            store.updateProfile(change, 1);
                            return age;
                        } catch (ConflictException e) {
                            return -1;
                        }
                    }));
                }
                List<Integer> winners = new ArrayList<>();
                for (Future<Integer> attempt : attempts) {
                    int result = attempt.get();
                    if (result > 0) {
                        winners.add(result);
                    }
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                ChildProfile stored = store.getProfile(id).orElseThrow();
                assertThat(stored.version()).isEqualTo(2);
                assertThat(stored.age()).isEqualTo(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listingWalksEveryProfileExactlyOnceAcrossPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add("kid-" + i);
            store.createProfile(Fixtures.profile("kid-" + i));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResultPage<ChildProfile> page = store.listProfiles(5, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
            page.items().forEach(p -> seen.add(p.id()));
            token = page.nextPageToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aPageTokenThatThisStoreDidNotIssueIsRejected() {
        assertThatThrownBy(() -> store.listProfiles(5, "not a token!")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
        store.createProfile(Fixtures.profile("a"));
        store.createProfile(Fixtures.profile("b"));
        String profileToken = store.listProfiles(1, null).nextPageToken();
        assertThatThrownBy(() -> store.listStories("a", 5, profileToken)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void deletingAProfileDeletesAllItsStoriesAndNoOneElses() {
        store.createProfile(Fixtures.profile("leaving"));
        store.createProfile(Fixtures.profile("staying"));
        // More than one BatchWriteItem (25) and more than one query page of keys.
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Story story = Fixtures.story("leaving-" + i, "leaving", Fixtures.T0.plusSeconds(i));
            writes.add(CompletableFuture.runAsync(() -> store.putStory(story)));
        }
        store.putStory(Fixtures.story("kept", "staying", Fixtures.T0));
        writes.forEach(CompletableFuture::join);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            written.add("leaving-" + i);
        }
        Fixtures.awaitListed(store, "leaving", written);
        assertThat(store.listStories("leaving", 100, null).items()).hasSize(60);

        assertThat(store.deleteProfile("leaving")).isTrue();

        assertThat(store.getProfile("leaving")).isEmpty();
        assertThat(store.listStories("leaving", 100, null).items()).isEmpty();
        assertThat(store.getStory("leaving-0")).isEmpty();
        assertThat(store.getStory("kept")).isPresent();
        assertThat(store.getProfile("staying")).isPresent();
        assertThat(store.deleteProfile("leaving")).isFalse();
    }
}
