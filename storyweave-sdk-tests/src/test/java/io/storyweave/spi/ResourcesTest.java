package io.storyweave.spi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The one close policy: everything is closed, in order, whatever fails. */
class ResourcesTest {
    private final List<String> closed = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private AutoCloseable named(String name) {
        return () -> closed.add(name);
    }

    @Test
    void aFailingCloseIsNotThrownAndTheRestAreStillClosedInOrder() {
        AutoCloseable failing = () -> {
            closed.add("client");
            throw new IllegalStateException("connection pool already shut down");
        };

        assertThatCode(() -> Resources.closeAll("test", List.of(named("sdk"), failing, named("http"))))
                .doesNotThrowAnyException();

        assertThat(closed).containsExactly("sdk", "client", "http");
    }

    @Test
    void anInterruptWhileClosingStaysOnTheThreadAndTheRestAreClosed() {
        AutoCloseable interrupted = () -> {
            throw new InterruptedException();
        };

        Resources.closeAll("test", List.of(interrupted, named("http")));

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(closed).containsExactly("http");
    }

    @Test
    void afterAFailureEveryCloseProblemIsKeptAsSuppressedOnTheFirstProblem() {
        IllegalStateException cause = new IllegalStateException("build failed");
        AutoCloseable failing = () -> {
            throw new IllegalStateException("close failed");
        };

        IllegalStateException thrown = Resources.closeAfterFailure(List.of(failing, named("http")), cause);

        assertThat(thrown).isSameAs(cause);
        assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("close failed");
        assertThat(closed).containsExactly("http");
    }
}
