package io.storyweave.bench;

/** Full runs for RESULTS.md; {@code --quick} for a smoke run of the whole program. */
record Scale(boolean quick) {
    int pick(int full, int quickValue) {
        return quick ? quickValue : full;
    }
}
