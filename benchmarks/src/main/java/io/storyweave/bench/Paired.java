package io.storyweave.bench;

import java.util.function.BooleanSupplier;

/**
 * Times a baseline call and a StoryWeave call in alternating (ABBA) order, so drift in the
 * machine (other processes, GC, the JIT) falls on both sides alike.
 *
 * @param baseline   nanoseconds of each measured baseline call
 * @param storyWeave nanoseconds of each measured StoryWeave call
 * @param unexpected StoryWeave calls whose check failed (e.g. the story came from the wrong source)
 */
record Paired(long[] baseline, long[] storyWeave, int unexpected) {
    /**
     * @param warm       rounds run first and not recorded
     * @param n          rounds recorded
     * @param baseline   one baseline call
     * @param storyWeave one StoryWeave call; returns whether its result is the expected one
     * @return the timings
     */
    static Paired run(int warm, int n, Runnable baseline, BooleanSupplier storyWeave) {
        long[] base = new long[n];
        long[] sw = new long[n];
        int unexpected = 0;
        for (int i = -warm; i < n; i++) {
            boolean baselineFirst = (i & 1) == 0;
            long b = 0;
            long s = 0;
            for (int side = 0; side < 2; side++) {
                long t0 = System.nanoTime();
                if ((side == 0) == baselineFirst) {
                    baseline.run();
                    b = System.nanoTime() - t0;
                } else {
                    boolean ok = storyWeave.getAsBoolean();
                    s = System.nanoTime() - t0;
                    unexpected += ok ? 0 : 1;
                }
            }
            if (i >= 0) {
                base[i] = b;
                sw[i] = s;
            }
        }
        return new Paired(base, sw, unexpected);
    }
}
