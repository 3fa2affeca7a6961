package io.storyweave.dynamodb;

import io.storyweave.Story;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared cache's expiry and the leases that stop several instances paying for one story. */
class SharedCacheTest {
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Fixtures.T0);
    private DynamoDbStoryStore store;
    private DynamoDbStoryStore otherInstance;

    @BeforeEach
    void setUp() {
        String prefix = Fixtures.uniquePrefix();
        store = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).createTablesIfMissing(true)
                .clock(clock).build();
        otherInstance = Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).clock(clock).build();
    }

    @AfterEach
    void tearDown() {
        store.close();
        otherInstance.close();
    }

    @Test
    void aCachedStoryIsServedUntilItsTtlAndIgnoredAfterEvenThoughTheItemRemains() {
        Story story = Fixtures.story("c1", null, Fixtures.T0);
        store.putCachedStory("key-1", story, Duration.ofMinutes(10));

        assertThat(otherInstance.getCachedStory("key-1")).contains(story);
        clock.advance(Duration.ofMinutes(9));
        assertThat(otherInstance.getCachedStory("key-1")).contains(story);
        clock.advance(Duration.ofMinutes(1));
        assertThat(otherInstance.getCachedStory("key-1")).isEmpty();
        assertThat(otherInstance.getCachedStory("never-written")).isEmpty();
    }

    @Test
    void aLeaseIsExclusiveUntilReleasedByItsOwner() {
        assertThat(store.tryAcquireLease("key-1", "instance-a", Duration.ofMinutes(2))).isTrue();
        assertThat(otherInstance.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isFalse();
        assertThat(store.tryAcquireLease("key-1", "instance-a", Duration.ofMinutes(2))).isFalse();
        // Leases are per key.
        assertThat(otherInstance.tryAcquireLease("key-2", "instance-b", Duration.ofMinutes(2))).isTrue();

        otherInstance.releaseLease("key-1", "instance-b");
        assertThat(otherInstance.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isFalse();

        store.releaseLease("key-1", "instance-a");
        assertThat(otherInstance.tryAcquireLease("key-1", "instance-b", Duration.ofMinutes(2))).isTrue();
    }

    @Test
    void aLeaseLeftByACrashedHolderCanBeTakenOverOnceExpiredAndTheOldHolderCannotReleaseIt() {
        assertThat(store.tryAcquireLease("key-1", "crashed", Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(29));
        assertThat(otherInstance.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(otherInstance.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isTrue();

        store.releaseLease("key-1", "crashed");
        assertThat(store.tryAcquireLease("key-1", "third", Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void onlyItsOwnerRenewsALeaseAndARenewedLeaseHoldsPastItsFirstExpiry() {
        assertThat(store.tryAcquireLease("key-1", "holder", Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(25));
        assertThat(otherInstance.renewLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        assertThat(store.renewLease("key-1", "holder", Duration.ofSeconds(30))).isTrue();

        clock.advance(Duration.ofSeconds(25));
        assertThat(otherInstance.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isFalse();
        clock.advance(Duration.ofSeconds(6));
        assertThat(otherInstance.tryAcquireLease("key-1", "waiter", Duration.ofSeconds(30))).isTrue();

        // The old holder learns it lost the lease; its renewal writes nothing.
        assertThat(store.renewLease("key-1", "holder", Duration.ofSeconds(30))).isFalse();
        assertThat(store.tryAcquireLease("key-1", "third", Duration.ofSeconds(30))).isFalse();
        assertThat(store.renewLease("never-leased", "holder", Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void leasesDoNotShowUpAsCachedStories() {
        store.tryAcquireLease("key-1", "a", Duration.ofMinutes(1));
        assertThat(store.getCachedStory("key-1")).isEmpty();
        Story story = Fixtures.story("c1", null, Fixtures.T0);
        store.putCachedStory("key-1", story, Duration.ofMinutes(1));
        assertThat(store.getCachedStory("key-1")).contains(story);
        assertThat(otherInstance.tryAcquireLease("key-1", "b", Duration.ofMinutes(1))).isFalse();
    }
}
