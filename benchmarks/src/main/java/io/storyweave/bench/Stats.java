package io.storyweave.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of a sample of durations in nanoseconds. */
record Stats(long[] sorted) {
    static Stats of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    long percentile(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    long median() {
        return percentile(50);
    }

    long p90() {
        return percentile(90);
    }

    int count() {
        return sorted.length;
    }

    /** @return e.g. {@code 52.31 ms} or {@code 3.42 µs} */
    static String time(double nanos) {
        if (nanos >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos >= 1_000) {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", nanos);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f×", value);
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024.0 * 1024.0));
    }

    String summary() {
        return "median " + time(median()) + ", p90 " + time(p90()) + ", n=" + count();
    }
}
