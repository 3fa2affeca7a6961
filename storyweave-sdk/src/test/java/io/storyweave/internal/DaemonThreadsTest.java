package io.storyweave.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonThreadsTest {
    @Test
    void threadsAreDaemonsNamedForWhatTheyDo() throws InterruptedException {
        Thread named = DaemonThreads.named("storyweave-leases").newThread(() -> { });
        var numbered = DaemonThreads.numbered("storyweave-");
        Thread first = numbered.newThread(() -> { });
        Thread second = numbered.newThread(() -> { });
        Thread started = DaemonThreads.start(() -> { }, "storyweave-safety-load");
        started.join();

        assertThat(named.getName()).isEqualTo("storyweave-leases");
        assertThat(first.getName()).isEqualTo("storyweave-1");
        assertThat(second.getName()).isEqualTo("storyweave-2");
        assertThat(started.getName()).isEqualTo("storyweave-safety-load");
        assertThat(new Thread[] {named, first, second, started}).allMatch(Thread::isDaemon);
    }
}
