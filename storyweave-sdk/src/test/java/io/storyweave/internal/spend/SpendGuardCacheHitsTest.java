package io.storyweave.internal.spend;

import io.storyweave.Budget;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.UsageLine;
import io.storyweave.internal.pipeline.Prices;
import io.storyweave.internal.store.MemoryStoryStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class SpendGuardCacheHitsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-11-25T23:59:59.900Z");
    private static final Instant AFTER_MIDNIGHT = Instant.parse("2026-11-26T00:00:00.100Z");

    private final SettableClock clock = new SettableClock(BEFORE_MIDNIGHT);
    private final SpendGuard guard = new SpendGuard(Budget.none(), new Prices(Map.of()), new MemoryStoryStore(clock), clock);

    @Test
    void hitsAreCountedOnceEachUnderTheDayTheyWereServedAcrossMidnight() {
        guard.cacheHit(template(new BigDecimal("0.02")), "p1");
        guard.cacheHit(template(new BigDecimal("0.02")), "p1");
        clock.set(AFTER_MIDNIGHT);
        guard.cacheHit(template(new BigDecimal("0.02")), "p1");

        assertThat(hits(DAY)).isEqualTo(2);
        assertThat(hits(DAY.plusDays(1))).isEqualTo(1);
        assertThat(hits(DAY)).as("a second summary counts nothing twice").isEqualTo(2);
    }

    @Test
    void aHitWhoseCounterIsFlushedAwayAtMidnightWhileItIsCountedIsNotLost() {
        guard.cacheHit(template(new FlushingWhenCompared(guard, clock)), "p1");
        // The second hit finds the first one's counter; midnight passes and a flush runs right then,
        // before the hit adds itself to that counter.
        guard.cacheHit(template(new BigDecimal("0.02")), "p1");
        clock.set(AFTER_MIDNIGHT);

        assertThat(hits(DAY)).isEqualTo(2);
        assertThat(savedOn(DAY)).isEqualByComparingTo("0.04");
    }

    @Test
    void concurrentFlushesOfAPastDayCountItsHitsOnce() {
        guard.cacheHit(template(new BigDecimal("0.02")), "p1");
        guard.cacheHit(template(new BigDecimal("0.02")), "p2");
        clock.set(AFTER_MIDNIGHT);
        guard.flushHits();
        guard.flushHits();

        assertThat(hits(DAY)).isEqualTo(2);
    }

    private long hits(LocalDate day) {
        return guard.usage(day, day, null).lines().stream().filter(UsageLine::cacheHit).mapToLong(UsageLine::calls).sum();
    }

    private BigDecimal savedOn(LocalDate day) {
        return guard.usage(day, day, null).lines().stream().map(UsageLine::savedUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Story template(BigDecimal cost) {
        return Story.builder().id("t1").title("The Red Sun").pages(List.of(new Page("Mia sees the sun.")))
                .request(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 1))
                .modelId("model-a").tier(ModelTier.MEDIUM).estimatedCostUsd(cost)
                .createdAt(BEFORE_MIDNIGHT).quality(QualityReport.builder().drafts(1).build()).build();
    }

    /**
     * The price of the first hit's story, compared when the next hit checks whether it may count in
     * the first one's counter: the moment between finding the counter and counting in it, when the
     * clock passes midnight and the periodic flush runs (once).
     */
    @SuppressWarnings("serial")
    private static final class FlushingWhenCompared extends BigDecimal {
        private final transient SpendGuard guard;
        private final transient SettableClock clock;
        private final transient AtomicBoolean flushed = new AtomicBoolean();

        FlushingWhenCompared(SpendGuard guard, SettableClock clock) {
            super("0.02");
            this.guard = guard;
            this.clock = clock;
        }

        @Override
        public boolean equals(Object other) {
            if (flushed.compareAndSet(false, true)) {
                clock.set(AFTER_MIDNIGHT);
                guard.flushHits();
            }
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
