package io.storyweave.testing;

import io.storyweave.CallPurpose;
import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.InvalidRequestException;
import io.storyweave.NotFoundException;
import io.storyweave.Page;
import io.storyweave.ModelTier;
import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.TokenUsage;
import io.storyweave.UsageLine;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.storyweave.testing.StoreFixtures.T0;
import static io.storyweave.testing.StoreFixtures.awaitListed;
import static io.storyweave.testing.StoreFixtures.profile;
import static io.storyweave.testing.StoreFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every {@link StoryStore} must do, as JUnit 5 tests. A store module extends this class in
 * its tests and says how to make a fresh, empty store; every test here then runs against it:
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoryStoreContract {
 *     protected StoryStore newStore(Clock clock) { return new MyStore(freshDatabase(), clock); }
 * }
 * }</pre>
 *
 * The shared-cache tests run only when the store has a {@link SharedStoryCache}, and the spend
 * tests only when it has {@link SpendCounters}; a store without them (the cache and the spend are
 * then local to each instance) passes the rest. Stores must take their notion of
 * "now" for cache and lease expiry from the given clock, which the tests move by hand.
 */
public abstract class StoryStoreContract {
    /** The clock the store under test is built with; tests move it to expire cache items and leases. */
    protected final ManualClock clock = new ManualClock(T0);
    private StoryStore store;
    private StoryStore elsewhere;

    /**
     * @param clock the store's time for cache and lease expiry
     * @return a new store with no data in it, which the test closes
     */
    protected abstract StoryStore newStore(Clock clock);

    /**
     * A second instance over the same data, as another process sharing the store would have it (a
     * second client on the same tables). Stores that live in one process return {@code store} itself.
     *
     * @param store the store {@link #newStore} made
     * @param clock the same clock
     * @return the other instance, which the test closes if it is not {@code store}
     */
    protected StoryStore sameDataElsewhere(StoryStore store, Clock clock) {
        return store;
    }

    @BeforeEach
    final void openStores() {
        store = newStore(clock);
        elsewhere = sameDataElsewhere(store, clock);
    }

    @AfterEach
    final void closeStores() {
        if (elsewhere != store) {
            elsewhere.close();
        }
        store.close();
    }

    private ProfileStore profiles() {
        return store.profiles();
    }

    private StoryLibrary stories() {
        return store.stories();
    }

    // ----- profiles

    @Test
    public void aCreatedProfileReadsBackEqualFromEveryInstance() {
        ChildProfile mia = profile("p1");
        profiles().createProfile(mia);

        assertThat(profiles().getProfile("p1")).contains(mia);
        assertThat(elsewhere.profiles().getProfile("p1")).contains(mia);
        assertThat(profiles().getProfile("nobody")).isEmpty();
    }

    @Test
    public void creatingAProfileWithATakenIdIsAConflictAndKeepsTheOriginal() {
        ChildProfile original = profile("p1");
        profiles().createProfile(original);
        ChildProfile impostor = original.toBuilder().displayName("Zed").build().stamped(1, T0);

        assertThatThrownBy(() -> profiles().createProfile(impostor)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("p1");
        assertThat(profiles().getProfile("p1")).contains(original);
    }

    @Test
    public void anUpdateBasedOnAStaleVersionIsAConflictAndWritesNothing() {
        ChildProfile v1 = profile("p1");
        profiles().createProfile(v1);
        ChildProfile v2 = v1.toBuilder().age(8).build().stamped(2, T0.plusSeconds(1));
        profiles().updateProfile(v2, 1);
        assertThat(elsewhere.profiles().getProfile("p1")).contains(v2);

        ChildProfile stale = v1.toBuilder().age(9).build().stamped(2, T0.plusSeconds(2));
        assertThatThrownBy(() -> profiles().updateProfile(stale, 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("p1");
        assertThat(profiles().getProfile("p1")).contains(v2);
    }

    @Test
    public void updatingAProfileThatDoesNotExistIsNotFoundAndCreatesNothing() {
        assertThatThrownBy(() -> profiles().updateProfile(profile("ghost").stamped(2, T0), 1))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ghost");
        assertThat(profiles().getProfile("ghost")).isEmpty();
    }

    @Test
    public void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = "race-" + round;
            profiles().createProfile(profile(id));
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int age : new int[] {5, 11}) {
                ChildProfile change = profile(id).toBuilder().age(age).build().stamped(2, T0.plusSeconds(age));
                StoryStore instance = age == 5 ? store : elsewhere;
                attempts.add(() -> {
                    together.await();
                    try {
                        instance.profiles().updateProfile(change, 1);
                        return age;
                    } catch (ConflictException e) {
                        return -1;
                    }
                });
            }
            List<Integer> winners = runTogether(attempts).stream().filter(age -> age > 0).toList();
            assertThat(winners).as("round %d", round).hasSize(1);
            ChildProfile stored = profiles().getProfile(id).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.age()).isEqualTo(winners.get(0));
        }
    }

    @Test
    public void listingWalksEveryProfileExactlyOnceAcrossPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add("kid-" + i);
            profiles().createProfile(profile("kid-" + i));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResultPage<ChildProfile> page = profiles().listProfiles(5, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
            page.items().forEach(p -> seen.add(p.id()));
            token = page.nextPageToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    public void aPageTokenThisStoreDidNotIssueForThatListingIsRejected() {
        assertThatThrownBy(() -> profiles().listProfiles(5, "not a token!")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
        assertThatThrownBy(() -> stories().listStories("a", 5, "not a token!")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
        profiles().createProfile(profile("a"));
        profiles().createProfile(profile("b"));
        String profileToken = profiles().listProfiles(1, null).nextPageToken();
        assertThat(profileToken).isNotNull();
        assertThatThrownBy(() -> stories().listStories("a", 5, profileToken)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
    }

    @Test
    public void deletingAProfileDeletesAllItsStoriesAndNoOneElses() {
        profiles().createProfile(profile("leaving"));
        profiles().createProfile(profile("staying"));
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            stories().putStory(story("leaving-" + i, "leaving", T0.plusSeconds(i)));
            written.add("leaving-" + i);
        }
        stories().putStory(story("kept", "staying", T0));
        stories().putStory(story("template", null, T0));
        awaitListed(store, "leaving", written);

        assertThat(profiles().deleteProfile("leaving")).isTrue();

        assertThat(profiles().getProfile("leaving")).isEmpty();
        assertThat(elsewhere.profiles().getProfile("leaving")).isEmpty();
        assertThat(stories().listStories("leaving", 100, null).items()).isEmpty();
        assertThat(written).allSatisfy(id -> assertThat(stories().getStory(id)).as(id).isEmpty());
        assertThat(stories().getStory("kept")).isPresent();
        assertThat(stories().getStory("template")).isPresent();
        assertThat(profiles().getProfile("staying")).isPresent();
        assertThat(profiles().deleteProfile("leaving")).isFalse();
    }

    // ----- stories

    @Test
    public void aStoredStoryIsReadBackEqualByEveryInstanceRightAfterTheWrite() {
        profiles().createProfile(profile("p1"));
        Story story = story("s1", "p1", T0.plusNanos(123_456_789));
        stories().putStory(story);

        assertThat(stories().getStory("s1")).contains(story);
        assertThat(elsewhere.stories().getStory("s1")).contains(story);
        assertThat(stories().getStory("nope")).isEmpty();
        // Writing the same story again is harmless: the core retries writes.
        stories().putStory(story);
        awaitListed(store, "p1", List.of("s1"));
        assertThat(stories().listStories("p1", 10, null).items()).containsExactly(story);
    }

    @Test
    public void aStoryWithManyPagesAndAnyCharactersRoundTrips() {
        profiles().createProfile(profile("p1"));
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(new Page("Page " + i + ": Zoë and 小明 say \"hello\" — then a 🚀 flies\nover the \\ hill. "
                    .repeat(20)));
        }
        Story story = story("long", "p1", T0, pages);
        stories().putStory(story);
        assertThat(stories().getStory("long")).contains(story);
    }

    @Test
    public void aProfilesStoriesListNewestFirstAcrossPagesAndNoOtherProfilesStories() {
        profiles().createProfile(profile("p1"));
        profiles().createProfile(profile("p2"));
        List<String> written = new ArrayList<>();
        // Written out of order; two share a timestamp to show ties are stable.
        int[] minutes = {5, 1, 9, 3, 7, 11, 2, 8, 4, 10, 6, 0, 6};
        for (int i = 0; i < minutes.length; i++) {
            stories().putStory(story("s" + i, "p1", T0.plus(Duration.ofMinutes(minutes[i]))));
            written.add("s" + i);
        }
        stories().putStory(story("other", "p2", T0.plus(Duration.ofHours(1))));
        awaitListed(store, "p1", written);

        List<Story> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResultPage<Story> page = stories().listStories("p1", 4, token);
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
    public void listingAllStoriesWalksEveryStoryOnceAcrossPagesWithOrWithoutAProfile() {
        profiles().createProfile(profile("p1"));
        profiles().createProfile(profile("p2"));
        List<String> p1 = new ArrayList<>();
        List<String> p2 = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stories().putStory(story("a" + i, "p1", T0.plusSeconds(i)));
            p1.add("a" + i);
            stories().putStory(story("b" + i, "p2", T0.plusSeconds(i)));
            p2.add("b" + i);
        }
        stories().putStory(story("no-profile", null, T0));
        awaitListed(store, "p1", p1);
        awaitListed(store, "p2", p2);

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResultPage<Story> page = elsewhere.stories().listAllStories(4, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(story -> seen.add(story.id()));
            token = page.nextPageToken();
            pages++;
        } while (token != null && pages < 20);

        List<String> all = new ArrayList<>(p1);
        all.addAll(p2);
        all.add("no-profile");
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(pages).isBetween(4, 5);
    }

    @Test
    public void listingAllStoriesShowsNothingOfADeletedProfileAndRejectsAnotherListingsToken() {
        profiles().createProfile(profile("gone"));
        profiles().createProfile(profile("here"));
        stories().putStory(story("g1", "gone", T0));
        stories().putStory(story("h1", "here", T0));
        stories().putStory(story("h2", "here", T0.plusSeconds(1)));
        awaitListed(store, "gone", List.of("g1"));
        awaitListed(store, "here", List.of("h1", "h2"));
        profiles().deleteProfile("gone");

        assertThat(stories().listAllStories(100, null).items()).extracting(Story::id)
                .containsExactlyInAnyOrder("h1", "h2");
        String profileToken = stories().listStories("here", 1, null).nextPageToken();
        assertThat(profileToken).isNotNull();
        assertThatThrownBy(() -> stories().listAllStories(5, profileToken)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
        String allToken = stories().listAllStories(1, null).nextPageToken();
        assertThat(allToken).isNotNull();
        assertThatThrownBy(() -> stories().listStories("here", 5, allToken)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
        assertThatThrownBy(() -> stories().listAllStories(5, "not a token!")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pageToken");
    }

    @Test
    public void aDeletedStoryIsGoneForEveryInstanceAndFromItsProfilesLibraryAndNothingElseIs() {
        profiles().createProfile(profile("p1"));
        stories().putStory(story("doomed", "p1", T0));
        stories().putStory(story("kept", "p1", T0.plusSeconds(1)));
        awaitListed(store, "p1", List.of("doomed", "kept"));

        assertThat(stories().deleteStory("doomed")).isTrue();

        assertThat(stories().getStory("doomed")).isEmpty();
        assertThat(elsewhere.stories().getStory("doomed")).isEmpty();
        assertThat(stories().getStory("kept")).isPresent();
        assertThat(profiles().getProfile("p1")).isPresent();
        awaitUnlisted("p1", "doomed");
        assertThat(stories().deleteStory("doomed")).isFalse();
        assertThat(stories().deleteStory("never-was")).isFalse();
    }

    /** Waits until a profile's listing and the listing of all stories no longer show a story (listings may lag). */
    private void awaitUnlisted(String profileId, String storyId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stories().listStories(profileId, 100, null).items().stream().anyMatch(s -> s.id().equals(storyId))
                || stories().listAllStories(100, null).items().stream().anyMatch(s -> s.id().equals(storyId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("story " + storyId + " is still listed 10 s after it was deleted");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Test
    public void aStoryForAProfileThatDoesNotExistIsAConflictAndIsNotKept() {
        Story orphan = story("orphan", "nobody", T0);
        assertThatThrownBy(() -> stories().putStory(orphan)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("nobody");
        assertThat(stories().getStory("orphan")).isEmpty();
        assertThat(stories().listStories("nobody", 10, null).items()).isEmpty();
    }

    @Test
    public void aSharedTemplateWithoutAProfileIsKeptButListedUnderNoProfile() {
        profiles().createProfile(profile("p1"));
        Story template = story("template", null, T0);
        stories().putStory(template);
        assertThat(stories().getStory("template")).contains(template);
        assertThat(stories().listStories("p1", 10, null).items()).isEmpty();
    }

    @Test
    public void aNewProfileWithADeletedProfilesIdStartsWithAnEmptyLibrary() {
        profiles().createProfile(profile("reused"));
        stories().putStory(story("old-1", "reused", T0));
        awaitListed(store, "reused", List.of("old-1"));
        profiles().deleteProfile("reused");

        profiles().createProfile(profile("reused"));
        stories().putStory(story("new-1", "reused", T0.plusSeconds(5)));
        awaitListed(store, "reused", List.of("new-1"));

        assertThat(stories().listStories("reused", 10, null).items()).extracting(Story::id).containsExactly("new-1");
        assertThat(stories().getStory("old-1")).isEmpty();
    }

    @Test
    public void storiesWrittenWhileTheirProfileIsDeletedAreEitherDeletedWithItOrNeverKept() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = "racing-" + round;
            profiles().createProfile(profile(id));
            CyclicBarrier together = new CyclicBarrier(5);
            List<Callable<String>> work = new ArrayList<>();
            List<String> storyIds = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                StoryStore instance = writer % 2 == 0 ? store : elsewhere;
                String storyId = id + "-story-" + writer;
                storyIds.add(storyId);
                work.add(() -> {
                    together.await();
                    try {
                        instance.stories().putStory(story(storyId, id, T0));
                        return "written";
                    } catch (ConflictException e) {
                        return "refused";
                    }
                });
            }
            work.add(() -> {
                together.await();
                return profiles().deleteProfile(id) ? "deleted" : "missing";
            });
            assertThat(runTogether(work)).contains("deleted");

            assertThat(storyIds).as("round %d", round)
                    .allSatisfy(s -> assertThat(stories().getStory(s)).as(s).isEmpty());
            assertThat(stories().listStories(id, 100, null).items()).isEmpty();
        }
    }

    @Test
    public void eightWritersAtOnceLoseNoStory() throws Exception {
        profiles().createProfile(profile("busy"));
        List<Callable<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            StoryStore instance = w % 2 == 0 ? store : elsewhere;
            writers.add(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    String id = "w" + writer + "-" + i;
                    instance.stories().putStory(story(id, "busy", T0.plusMillis(writer * 100L + i)));
                    ids.add(id);
                }
                return ids;
            });
        }
        List<String> all = runTogether(writers).stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(200).allSatisfy(id -> assertThat(stories().getStory(id)).as(id).isPresent());
        awaitListed(store, "busy", all);
    }

    // ----- shared cache and leases (only for stores that have them)

    private SharedStoryCache cache() {
        SharedStoryCache cache = store.sharedCache();
        assumeTrue(cache != SharedStoryCache.NONE, store.name() + " has no shared cache");
        return cache;
    }

    @Test
    public void aCachedStoryIsServedToEveryInstanceUntilItsTtlAndIgnoredAfter() {
        Story story = story("c1", null, T0);
        cache().putCachedStory("key-1", story, Duration.ofMinutes(10));

        assertThat(elsewhere.sharedCache().getCachedStory("key-1")).contains(story);
        clock.advance(Duration.ofMinutes(9));
        assertThat(elsewhere.sharedCache().getCachedStory("key-1")).contains(story);
        clock.advance(Duration.ofMinutes(1));
        assertThat(elsewhere.sharedCache().getCachedStory("key-1")).isEmpty();
        assertThat(cache().getCachedStory("never-written")).isEmpty();
    }

    @Test
    public void aLeaseIsExclusiveUntilReleasedByItsOwner() {
        SharedStoryCache here = cache();
        SharedStoryCache there = elsewhere.sharedCache();
        assertThat(here.tryAcquireLease("key-1", "instance-a", Duration.ofMinutes(2))).isTrue();
        assertThat(there.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isFalse();
        assertThat(here.tryAcquireLease("key-1", "instance-a", Duration.ofMinutes(2))).isFalse();
        // Leases are per key.
        assertThat(there.tryAcquireLease("key-2", "instance-b", Duration.ofMinutes(2))).isTrue();

        there.releaseLease("key-1", "instance-b");
        assertThat(there.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isFalse();

        here.releaseLease("key-1", "instance-a");
        assertThat(there.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isTrue();
    }

    @Test
    public void aLeaseLeftByACrashedHolderCanBeTakenOverOnceExpiredAndTheOldHolderCannotReleaseIt() {
        SharedStoryCache here = cache();
        SharedStoryCache there = elsewhere.sharedCache();
        assertThat(here.tryAcquireLease("key-1", "crashed", Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(29));
        assertThat(there.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(there.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isTrue();

        here.releaseLease("key-1", "crashed");
        assertThat(here.tryAcquireLease("key-1", "third", Duration.ofSeconds(30))).isFalse();
    }

    @Test
    public void onlyItsOwnerRenewsALeaseAndARenewedLeaseHoldsPastItsFirstExpiry() {
        SharedStoryCache here = cache();
        SharedStoryCache there = elsewhere.sharedCache();
        assertThat(here.tryAcquireLease("key-1", "holder", Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(25));
        assertThat(there.renewLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        assertThat(here.renewLease("key-1", "holder", Duration.ofSeconds(30))).isTrue();

        clock.advance(Duration.ofSeconds(25));
        assertThat(there.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        clock.advance(Duration.ofSeconds(6));
        assertThat(there.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isTrue();

        // The old holder learns it lost the lease; its renewal writes nothing.
        assertThat(here.renewLease("key-1", "holder", Duration.ofSeconds(30))).isFalse();
        assertThat(here.tryAcquireLease("key-1", "third", Duration.ofSeconds(30))).isFalse();
        assertThat(here.renewLease("never-leased", "holder", Duration.ofSeconds(30))).isFalse();
    }

    @Test
    public void leasesAndCachedStoriesDoNotDisturbEachOther() {
        SharedStoryCache here = cache();
        here.tryAcquireLease("key-1", "a", Duration.ofMinutes(1));
        assertThat(here.getCachedStory("key-1")).isEmpty();
        Story story = story("c1", null, T0);
        here.putCachedStory("key-1", story, Duration.ofMinutes(1));
        assertThat(here.getCachedStory("key-1")).contains(story);
        assertThat(elsewhere.sharedCache().tryAcquireLease("key-1", "b", Duration.ofMinutes(1))).isFalse();
    }

    @Test
    public void ofEightInstancesAskingForTheSameLeaseAtOnceExactlyOneGetsIt() throws Exception {
        cache();
        for (int round = 0; round < 5; round++) {
            String key = "contended-" + round;
            CyclicBarrier together = new CyclicBarrier(8);
            List<Callable<Boolean>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SharedStoryCache cache = (i % 2 == 0 ? store : elsewhere).sharedCache();
                String owner = "owner-" + i;
                askers.add(() -> {
                    together.await();
                    return cache.tryAcquireLease(key, owner, Duration.ofMinutes(1));
                });
            }
            assertThat(runTogether(askers)).as("round %d", round).containsOnlyOnce(true);
        }
    }

    // ----- spend counters (only for stores that have them)

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private SpendCounters spend() {
        SpendCounters counters = store.spendCounters();
        assumeTrue(counters != SpendCounters.NONE, store.name() + " keeps no spend counters");
        return counters;
    }

    private static UsageLine call(LocalDate day, String profileId, String cost) {
        return UsageLine.call(day, ModelTier.MEDIUM, "model-m", CallPurpose.STORY, profileId,
                new TokenUsage(100, 200), new BigDecimal(cost));
    }

    private static UsageLine only(List<UsageLine> lines, CallPurpose purpose, String profileId) {
        return only(lines, purpose, false, profileId);
    }

    private static UsageLine only(List<UsageLine> lines, CallPurpose purpose, boolean cacheHit, String profileId) {
        List<UsageLine> matching = lines.stream().filter(l -> l.purpose() == purpose && l.cacheHit() == cacheHit
                && java.util.Objects.equals(l.profileId(), profileId)).toList();
        assertThat(matching).as("lines for %s (cache hit: %s) of %s", purpose, cacheHit, profileId).hasSize(1);
        return matching.get(0);
    }

    @Test
    public void spendOfTheSameDayModelPurposeAndProfileAddsUpToOneLineThatEveryInstanceReads() {
        SpendCounters here = spend();
        here.add(call(DAY, "p1", "0.0123"));
        elsewhere.spendCounters().add(call(DAY, "p1", "0.0200"));
        here.add(call(DAY, null, "0.005"));
        here.add(UsageLine.call(DAY, ModelTier.CHEAP, "model-c", CallPurpose.REVIEW, "p1",
                new TokenUsage(50, 10), new BigDecimal("0.0001")));

        List<UsageLine> lines = elsewhere.spendCounters().lines(DAY, DAY);
        assertThat(lines).hasSize(3);
        UsageLine p1 = only(lines, CallPurpose.STORY, "p1");
        assertThat(p1.day()).isEqualTo(DAY);
        assertThat(p1.tier()).isEqualTo(ModelTier.MEDIUM);
        assertThat(p1.modelId()).isEqualTo("model-m");
        assertThat(p1.calls()).isEqualTo(2);
        assertThat(p1.inputTokens()).isEqualTo(200);
        assertThat(p1.outputTokens()).isEqualTo(400);
        assertThat(p1.costUsd()).isEqualByComparingTo("0.0323");
        assertThat(only(lines, CallPurpose.STORY, null).costUsd()).isEqualByComparingTo("0.005");
        UsageLine review = only(lines, CallPurpose.REVIEW, "p1");
        assertThat(review.tier()).isEqualTo(ModelTier.CHEAP);
        assertThat(review.modelId()).isEqualTo("model-c");
        assertThat(elsewhere.spendCounters().dayTotal(DAY)).isEqualByComparingTo("0.0374");
        assertThat(here.profileDayTotal(DAY, "p1")).isEqualByComparingTo("0.0324");
        assertThat(here.profileDayTotal(DAY, "p2")).isEqualByComparingTo("0");
    }

    @Test
    public void eachUtcDayHasItsOwnTotalsAndARangeReadsOnlyItsDays() {
        SpendCounters here = spend();
        here.add(call(DAY, "p1", "1.5"));
        here.add(call(DAY.plusDays(1), "p1", "0.25"));
        here.add(call(DAY.plusDays(3), "p1", "0.125"));

        assertThat(here.dayTotal(DAY)).isEqualByComparingTo("1.5");
        assertThat(here.dayTotal(DAY.plusDays(1))).isEqualByComparingTo("0.25");
        assertThat(here.dayTotal(DAY.plusDays(2))).isEqualByComparingTo("0");
        assertThat(here.profileDayTotal(DAY.plusDays(1), "p1")).isEqualByComparingTo("0.25");
        assertThat(here.lines(DAY.plusDays(1), DAY.plusDays(3))).extracting(UsageLine::day)
                .containsExactlyInAnyOrder(DAY.plusDays(1), DAY.plusDays(3));
        assertThat(here.lines(DAY.plusDays(4), DAY.plusDays(9))).isEmpty();
    }

    @Test
    public void aCacheHitCountsWhatItSavedAndCostsNothingInALineApartFromThePaidStoryCalls() {
        SpendCounters here = spend();
        here.add(UsageLine.cacheHit(DAY, ModelTier.MEDIUM, "model-m", "p1", new BigDecimal("0.04")));
        here.add(call(DAY, "p1", "0.04"));
        elsewhere.spendCounters().add(UsageLine.cacheHit(DAY, ModelTier.MEDIUM, "model-m", "p1",
                new BigDecimal("0.04")));

        List<UsageLine> lines = elsewhere.spendCounters().lines(DAY, DAY);
        assertThat(lines).hasSize(2);
        UsageLine hits = only(lines, CallPurpose.STORY, true, "p1");
        assertThat(hits.calls()).isEqualTo(2);
        assertThat(hits.savedUsd()).isEqualByComparingTo("0.08");
        assertThat(hits.costUsd()).isEqualByComparingTo("0");
        assertThat(hits.inputTokens() + hits.outputTokens()).isZero();
        UsageLine paid = only(lines, CallPurpose.STORY, false, "p1");
        assertThat(paid.calls()).isEqualTo(1);
        assertThat(paid.savedUsd()).isEqualByComparingTo("0");
        assertThat(here.dayTotal(DAY)).isEqualByComparingTo("0.04");
        assertThat(here.profileDayTotal(DAY, "p1")).isEqualByComparingTo("0.04");
    }

    @Test
    public void eightInstancesAddingAtOnceLoseNoSpend() throws Exception {
        spend();
        CyclicBarrier together = new CyclicBarrier(8);
        List<Callable<Boolean>> adders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SpendCounters counters = (i % 2 == 0 ? store : elsewhere).spendCounters();
            adders.add(() -> {
                together.await();
                for (int n = 0; n < 10; n++) {
                    counters.add(call(DAY, "p1", "0.001"));
                }
                return true;
            });
        }
        runTogether(adders);

        assertThat(store.spendCounters().dayTotal(DAY)).isEqualByComparingTo("0.080");
        assertThat(elsewhere.spendCounters().profileDayTotal(DAY, "p1")).isEqualByComparingTo("0.080");
        assertThat(only(store.spendCounters().lines(DAY, DAY), CallPurpose.STORY, "p1").calls()).isEqualTo(80);
    }

    // ----- helpers

    private static <T> List<T> runTogether(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> futures = pool.invokeAll(work);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
