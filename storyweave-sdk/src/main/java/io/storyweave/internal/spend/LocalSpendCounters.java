package io.storyweave.internal.spend;

import io.storyweave.UsageLine;
import io.storyweave.spi.SpendCounters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Spend counters in this process: one aggregate per {@link UsageLine#key()} (day, tier, model, purpose,
 * profile, paid calls apart from cache hits), never one entry per call, and only the last
 * {@link #KEPT_DAYS} days (older days are dropped when a newer one starts), so memory stays bounded
 * however many stories are written. Thread-safe.
 */
public final class LocalSpendCounters implements SpendCounters {
    /** How many UTC days of spend are kept, as in the DynamoDB store. */
    public static final int KEPT_DAYS = 90;

    private final ConcurrentSkipListMap<LocalDate, Day> days = new ConcurrentSkipListMap<>();

    /** One day's aggregates and totals. */
    private static final class Day {
        final Map<String, UsageLine> lines = new ConcurrentHashMap<>();
        final Map<String, BigDecimal> profiles = new ConcurrentHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
    }

    @Override
    public void add(UsageLine line) {
        Day day = days.get(line.day());
        if (day == null) {
            day = days.computeIfAbsent(line.day(), d -> new Day());
            // Only a day not seen before can push the oldest out of the window, so only then is it looked at.
            days.headMap(days.lastKey().minusDays(KEPT_DAYS - 1L)).clear();
        }
        day.lines.merge(line.key(), line, UsageLine::plus);
        if (line.profileId() != null) {
            day.profiles.merge(line.profileId(), line.costUsd(), BigDecimal::add);
        }
        synchronized (day) {
            day.total = day.total.add(line.costUsd());
        }
    }

    @Override
    public BigDecimal dayTotal(LocalDate day) {
        Day d = days.get(day);
        if (d == null) {
            return BigDecimal.ZERO;
        }
        synchronized (d) {
            return d.total;
        }
    }

    @Override
    public BigDecimal profileDayTotal(LocalDate day, String profileId) {
        Day d = days.get(day);
        return d == null ? BigDecimal.ZERO : d.profiles.getOrDefault(profileId, BigDecimal.ZERO);
    }

    @Override
    public List<UsageLine> lines(LocalDate from, LocalDate to) {
        List<UsageLine> lines = new ArrayList<>();
        if (!to.isBefore(from)) {
            days.subMap(from, true, to, true).values().forEach(d -> lines.addAll(d.lines.values()));
        }
        return lines;
    }
}
