package io.storyweave.bedrock.internal;

import java.time.Duration;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler behind the AWS SDK's timeout of one call ({@code apiCallTimeout}) on the Bedrock Runtime clients.
 *
 * <p>Each call schedules a timer and cancels it when it ends. The SDK's own scheduler is a
 * {@code ScheduledThreadPoolExecutor} that keeps a cancelled timer queued until it would have fired: every call
 * left one in the queue for the whole timeout (two minutes by default), where it aged into the old generation,
 * and then woke the timer thread to be thrown away, once per call. Here a cancelled timer leaves the queue at
 * once, and a no-op task that recurs more often than a call times out stays at the head of the queue, so a
 * call's timer is never the earliest and scheduling it wakes no thread: the timer thread wakes about once a
 * second, and on a timeout.
 */
public final class CallTimers implements AutoCloseable {
    private static final Duration LONGEST_BEAT = Duration.ofSeconds(1);
    private static final Duration SHORTEST_BEAT = Duration.ofMillis(10);

    private final ScheduledThreadPoolExecutor executor;

    /** @param callTimeout the timeout of one call (the no-op recurs at half of it, from 10 ms to 1 s) */
    public CallTimers(Duration callTimeout) {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "storyweave-bedrock-call-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        long beat = beat(callTimeout).toNanos();
        executor.scheduleWithFixedDelay(() -> { }, beat, beat, TimeUnit.NANOSECONDS);
    }

    /**
     * @param callTimeout the timeout of one call
     * @return how often the no-op recurs: half the timeout, from 10 ms to 1 s (correct whatever it is; below
     *         the timeout it also spares the wake-ups)
     */
    static Duration beat(Duration callTimeout) {
        Duration half = callTimeout.dividedBy(2);
        return half.compareTo(SHORTEST_BEAT) < 0 ? SHORTEST_BEAT : half.compareTo(LONGEST_BEAT) > 0 ? LONGEST_BEAT : half;
    }

    /** @return the scheduler to give the clients ({@code ClientOverrideConfiguration.scheduledExecutorService}) */
    public ScheduledExecutorService executor() {
        return executor;
    }

    /** @return the tasks queued: the recurring no-op and the timers of calls in progress */
    int queued() {
        return executor.getQueue().size();
    }

    /** @return the task that is due first */
    Delayed earliest() {
        return (Delayed) executor.getQueue().peek();
    }

    /** Stops the timer thread; the SDK leaves a scheduler it was given to its owner. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
