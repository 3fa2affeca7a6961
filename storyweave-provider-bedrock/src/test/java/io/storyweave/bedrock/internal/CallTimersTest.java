package io.storyweave.bedrock.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTimersTest {
    @Test
    void aCancelledCallTimerLeavesTheQueueAtOnce() {
        try (CallTimers timers = new CallTimers(Duration.ofMinutes(2))) {
            List<ScheduledFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                calls.add(timers.executor().schedule(() -> { }, 2, TimeUnit.MINUTES));
            }
            assertThat(timers.queued()).isEqualTo(1 + 1_000);
            calls.forEach(call -> call.cancel(false));
            assertThat(timers.queued()).as("only the recurring no-op is left").isEqualTo(1);
        }
    }

    @Test
    void aCallTimerIsNeverTheEarliestTaskSoSchedulingItWakesNoThread() {
        try (CallTimers timers = new CallTimers(Duration.ofMinutes(2))) {
            ScheduledFuture<?> call = timers.executor().schedule(() -> { }, 2, TimeUnit.MINUTES);
            Delayed head = timers.earliest();
            assertThat(head).isNotSameAs(call);
            assertThat(head.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(1_000);
            call.cancel(false);
        }
    }

    @Test
    void aTimerThatIsNotCancelledStillFires() throws InterruptedException {
        try (CallTimers timers = new CallTimers(Duration.ofMillis(50))) {
            CountDownLatch fired = new CountDownLatch(1);
            timers.executor().schedule(fired::countDown, 50, TimeUnit.MILLISECONDS);
            assertThat(fired.await(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    @Test
    void theNoOpRecursAtHalfTheTimeoutFromTenMillisecondsToOneSecond() {
        assertThat(CallTimers.beat(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(CallTimers.beat(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(200));
        assertThat(CallTimers.beat(Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void closingStopsTheTimerThread() {
        CallTimers timers = new CallTimers(Duration.ofSeconds(30));
        timers.close();
        assertThat(timers.executor().isShutdown()).isTrue();
        assertThatThrownBy(() -> timers.executor().schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }
}
