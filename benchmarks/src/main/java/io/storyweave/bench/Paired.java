package io.storyweave.bench;

import java.util.function.BooleanSupplier;

/**
 * Times a baseline call and a StoryWeave call interleaved in time, in ABBA order, so drift in the
 * machine (other processes, GC, the JIT) falls on both sides alike. With blocks of more than one
 * call, each side runs several calls in a row and the first call of each block is not recorded,
 * so work one side leaves behind (a cache's maintenance on another thread, garbage) is not
 * charged to the other: for calls of well under a millisecond that spill-over is not negligible.
 *
 * @param baseline   nanoseconds of each measured baseline call
 * @param storyWeave nanoseconds of each measured StoryWeave call
 * @param unexpected StoryWeave calls whose check failed (e.g. the story came from the wrong source)
 */
record Paired(long[] baseline, long[] storyWeave, int unexpected) {
    /** One call at a time, alternating: for calls long enough that nothing spills over. */
    static Paired run(int warm, int n, Runnable baseline, BooleanSupplier storyWeave) {
        return run(warm, n, 1, baseline, storyWeave);
    }

    /**
     * @param warm       calls per side run first and not recorded
     * @param n          calls per side recorded
     * @param block      calls per side in a row (1: strict alternation)
     * @param baseline   one baseline call
     * @param storyWeave one StoryWeave call; returns whether its result is the expected one
     * @return the timings
     */
    static Paired run(int warm, int n, int block, Runnable baseline, BooleanSupplier storyWeave) {
        long[] base = new long[n];
        long[] sw = new long[n];
        int recorded = 0;
        int unexpected = 0;
        int skip = block > 1 ? 1 : 0;
        int warmBlocks = (warm + block - 1) / block;
        for (int round = -warmBlocks; recorded < n; round++) {
            boolean baselineFirst = (round & 1) == 0;
            int stored = 0;
            for (int side = 0; side < 2; side++) {
                boolean isBaseline = (side == 0) == baselineFirst;
                stored = 0;
                for (int i = 0; i < block + skip; i++) {
                    long t0 = System.nanoTime();
                    long t;
                    if (isBaseline) {
                        baseline.run();
                        t = System.nanoTime() - t0;
                    } else {
                        boolean ok = storyWeave.getAsBoolean();
                        t = System.nanoTime() - t0;
                        unexpected += ok ? 0 : 1;
                    }
                    int at = recorded + stored;
                    if (round >= 0 && i >= skip && at < n) {
                        (isBaseline ? base : sw)[at] = t;
                        stored++;
                    }
                }
            }
            recorded += stored;
        }
        return new Paired(base, sw, unexpected);
    }
}
