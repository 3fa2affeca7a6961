package io.storyweave.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads StoryWeave starts for itself: named for what they do (so a thread dump says whose they are) and
 * daemons (so a client the application forgot to close never keeps its JVM alive).
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /**
     * @param name the name of every thread it makes
     * @return a factory of daemon threads with that name
     */
    public static ThreadFactory named(String name) {
        return task -> daemon(task, name);
    }

    /**
     * @param prefix the name before each thread's number ({@code storyweave-} gives storyweave-1, storyweave-2 ...)
     * @return a factory of daemon threads numbered from 1
     */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return task -> daemon(task, prefix + counter.incrementAndGet());
    }

    /**
     * @param task what the thread runs
     * @param name its name
     * @return a started daemon thread
     */
    public static Thread start(Runnable task, String name) {
        Thread thread = daemon(task, name);
        thread.start();
        return thread;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
