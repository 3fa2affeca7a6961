package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A cache hit is counted in the ledger without a store write of its own: hits are gathered in
 * the client and added to the store's shared ledger together (periodically, before a usage
 * summary, and on close), so the level-1 hit never waits for the store.
 */
class CacheHitLedgerTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final MemoryStoryStore memory = new MemoryStoryStore();
    private final List<UsageLine> sharedWrites = Collections.synchronizedList(new ArrayList<>());

    /** The memory store, with its spend counters watched. */
    private final StoryStore watched = new DelegatingStore(memory) {
        private final SpendCounters counting = new SpendCounters() {
            @Override
            public void add(UsageLine line) {
                sharedWrites.add(line);
                memory.spendCounters().add(line);
            }

            @Override
            public BigDecimal dayTotal(LocalDate day) {
                return memory.spendCounters().dayTotal(day);
            }

            @Override
            public BigDecimal profileDayTotal(LocalDate day, String profileId) {
                return memory.spendCounters().profileDayTotal(day, profileId);
            }

            @Override
            public List<UsageLine> lines(LocalDate from, LocalDate to) {
                return memory.spendCounters().lines(from, to);
            }
        };

        @Override
        public String name() {
            return "watched";
        }

        @Override
        public SpendCounters spendCounters() {
            return counting;
        }

        @Override
        public void close() {
        }
    };

    private static StoryRequest space() {
        return StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 3);
    }

    private long hitWrites() {
        synchronized (sharedWrites) {
            return sharedWrites.stream().filter(UsageLine::cacheHit).count();
        }
    }

    @Test
    void cacheHitsWriteNothingToTheStoreWhenServedAndArriveTogetherBeforeAUsageSummary() {
        try (StoryWeave sw = StoryWeave.builder().provider(model).store(watched).build()) {
            sw.createStory(space());
            int paidWrites = sharedWrites.size();
            for (int i = 0; i < 5; i++) {
                assertThat(sw.createStory(space()).source()).isEqualTo(StorySource.LOCAL_CACHE);
            }

            assertThat(sharedWrites).as("no store write per hit").hasSize(paidWrites);

            UsageTotals total = sw.usage().total();
            assertThat(total.cacheHits()).isEqualTo(5);
            assertThat(hitWrites()).as("the five hits in one write").isEqualTo(1);
        }
    }

    @Test
    void hitsForDifferentProfilesInterleavedAreEachCountedUnderTheirOwnProfile() {
        try (StoryWeave sw = StoryWeave.builder().provider(model).store(watched).build()) {
            ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                    .neurotypes(List.of(Neurotype.ADHD)).build());
            ChildProfile leo = sw.profiles().create(ChildProfile.builder().displayName("Leo").age(7)
                    .neurotypes(List.of(Neurotype.ADHD)).build());
            sw.createStory(mia.id(), StoryOptions.of("the sea", 2));
            sw.createStory(space());
            for (int i = 0; i < 4; i++) {
                assertThat(sw.createStory(leo.id(), StoryOptions.of("the sea", 2)).source()).isEqualTo(StorySource.LOCAL_CACHE);
                assertThat(sw.createStory(mia.id(), StoryOptions.of("the sea", 2)).source()).isEqualTo(StorySource.LOCAL_CACHE);
                assertThat(sw.createStory(space()).source()).isEqualTo(StorySource.LOCAL_CACHE);
            }
            sw.createStory(mia.id(), StoryOptions.of("the sea", 2));

            UsageSummary usage = sw.usage();
            assertThat(usage.byProfile().get(mia.id()).cacheHits()).isEqualTo(5);
            assertThat(usage.byProfile().get(leo.id()).cacheHits()).isEqualTo(4);
            assertThat(usage.byProfile().get(UsageSummary.NO_PROFILE).cacheHits()).isEqualTo(4);
            assertThat(usage.total().cacheHits()).isEqualTo(13);
            assertThat(model.calls()).isEqualTo(2);
        }
    }

    @Test
    void cacheHitsNotYetWrittenReachTheSharedLedgerWhenTheClientCloses() {
        try (StoryWeave sw = StoryWeave.builder().provider(model).store(watched).build()) {
            sw.createStory(space());
            sw.createStory(space());
            sw.createStory(space());
            assertThat(hitWrites()).isZero();
        }

        assertThat(hitWrites()).isEqualTo(1);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(memory.spendCounters().lines(today.minusDays(1), today.plusDays(1)))
                .filteredOn(UsageLine::cacheHit).extracting(UsageLine::purpose, UsageLine::calls)
                .containsExactly(tuple(CallPurpose.STORY, 2L));
    }
}
