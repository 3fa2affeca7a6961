package io.storyweave.dynamodb;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Holds the first DynamoDB call that matches, before it is sent, until the test lets it go: a
 * race between two store operations can then be replayed in one exact order.
 */
final class PausePoint implements ExecutionInterceptor {
    private volatile Predicate<SdkRequest> when = request -> false;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** @param value the call to hold; only the first match is held */
    void arm(Predicate<SdkRequest> value) {
        when = value;
    }

    /** Blocks until the held call has arrived. */
    void awaitReached() throws InterruptedException {
        if (!reached.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the call to pause at never came");
        }
    }

    /** Lets the held call go on. */
    void release() {
        released.countDown();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (when.test(context.request()) && taken.compareAndSet(false, true)) {
            reached.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
