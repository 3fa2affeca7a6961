package io.storyweave;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the spend ledger holds for a range of UTC days, optionally for one profile: the lines, and
 * their sums by day, tier, model and profile. From {@link StoryWeave#usage(LocalDate, String)}.
 *
 * @param from      the first day (UTC)
 * @param to        the last day (UTC), included
 * @param profileId the profile the lines were limited to, or {@code null} for all
 * @param lines     the ledger lines, ordered by day, tier, purpose, calls before cache hits, model and profile
 */
public record UsageSummary(LocalDate from, LocalDate to, String profileId, List<UsageLine> lines) {
    /** The key {@link #byProfile()} uses for calls made for no stored profile. */
    public static final String NO_PROFILE = "-";

    /** Requires the range and copies the lines in order. */
    public UsageSummary {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = lines.stream().sorted(java.util.Comparator.comparing(UsageLine::key)).toList();
    }

    /** @return everything summed */
    public UsageTotals total() {
        UsageTotals total = UsageTotals.ZERO;
        for (UsageLine line : lines) {
            total = total.plus(line);
        }
        return total;
    }

    /** @return sums per UTC day, oldest first */
    public SortedMap<LocalDate, UsageTotals> byDay() {
        return sum(UsageLine::day);
    }

    /** @return sums per tier */
    public SortedMap<ModelTier, UsageTotals> byTier() {
        return sum(UsageLine::tier);
    }

    /** @return sums per model id */
    public SortedMap<String, UsageTotals> byModel() {
        return sum(UsageLine::modelId);
    }

    /** @return sums per profile id ({@link #NO_PROFILE} for calls for no stored profile) */
    public SortedMap<String, UsageTotals> byProfile() {
        return sum(line -> line.profileId() == null ? NO_PROFILE : line.profileId());
    }

    /**
     * @return sums per purpose; cache hits are summed under {@link CallPurpose#STORY}, the call they saved, as
     *         {@link UsageTotals#cacheHits()}
     */
    public SortedMap<CallPurpose, UsageTotals> byPurpose() {
        return sum(UsageLine::purpose);
    }

    private <K extends Comparable<? super K>> SortedMap<K, UsageTotals> sum(Function<UsageLine, K> by) {
        TreeMap<K, UsageTotals> sums = new TreeMap<>();
        for (UsageLine line : lines) {
            sums.merge(by.apply(line), UsageTotals.ZERO.plus(line), UsageTotals::plus);
        }
        return Collections.unmodifiableSortedMap(sums);
    }
}
