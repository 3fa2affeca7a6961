package io.storyweave.bench;

/** Keeps results alive so the JIT cannot drop the work that produced them. */
final class Sink {
    private static volatile int sink;

    private Sink() {
    }

    static void consume(Object value) {
        sink = value == null ? sink + 1 : sink;
    }

    static int value() {
        return sink;
    }
}
