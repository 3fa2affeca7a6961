package io.storyweave.internal.observe;

import io.storyweave.StoryWeaveEvents.CacheLookup;
import io.storyweave.StoryWeaveEvents.DraftChecked;
import io.storyweave.StoryWeaveEvents.DraftRejected;
import io.storyweave.StoryWeaveEvents.ModelCallFinished;
import io.storyweave.StoryWeaveEvents.ModelCallRetried;
import io.storyweave.StoryWeaveEvents.ModelCallStarted;
import io.storyweave.StoryWeaveEvents.StoreCall;
import io.storyweave.StoryWeaveEvents.StoryFinished;
import io.storyweave.StoryWeaveEvents.StoryStarted;
import io.storyweave.StoryWeaveObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The client's registered observers as one: each event goes to every observer in order, and an observer that
 * throws is logged once (then only at DEBUG) and skipped, so observing never breaks a story.
 */
public final class Observers implements StoryWeaveObserver {
    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    /** No observers: every event is dropped at once. */
    public static final Observers NONE = new Observers(List.of());

    private final List<Guarded> observers;

    private Observers(List<StoryWeaveObserver> observers) {
        this.observers = observers.stream().map(Guarded::new).toList();
    }

    /**
     * @param observers the observers, in registration order
     * @return them as one
     */
    public static Observers of(List<StoryWeaveObserver> observers) {
        return observers.isEmpty() ? NONE : new Observers(List.copyOf(observers));
    }

    /**
     * @param startNanos a {@link System#nanoTime()} reading
     * @return the time since then
     */
    public static Duration since(long startNanos) {
        return Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
    }

    /** @return whether any observer is registered (to skip building events nobody hears) */
    public boolean active() {
        return !observers.isEmpty();
    }

    @Override
    public Scope<StoryFinished> storyStarted(StoryStarted started) {
        return open(o -> o.storyStarted(started));
    }

    @Override
    public void storyFinished(StoryFinished finished) {
        each(o -> o.storyFinished(finished));
    }

    @Override
    public Scope<ModelCallFinished> modelCallStarted(ModelCallStarted started) {
        return open(o -> o.modelCallStarted(started));
    }

    @Override
    public void modelCallFinished(ModelCallFinished finished) {
        each(o -> o.modelCallFinished(finished));
    }

    @Override
    public void modelCallRetried(ModelCallRetried retried) {
        each(o -> o.modelCallRetried(retried));
    }

    @Override
    public void draftChecked(DraftChecked checked) {
        each(o -> o.draftChecked(checked));
    }

    @Override
    public void draftRejected(DraftRejected rejected) {
        each(o -> o.draftRejected(rejected));
    }

    @Override
    public void cacheLookup(CacheLookup lookup) {
        each(o -> o.cacheLookup(lookup));
    }

    @Override
    public void storeCall(StoreCall call) {
        each(o -> o.storeCall(call));
    }

    private void each(Consumer<StoryWeaveObserver> event) {
        for (Guarded observer : observers) {
            observer.run(event);
        }
    }

    /** Starts every observer's scope in order; the scope returned stops them in reverse order. */
    private <F> Scope<F> open(Function<StoryWeaveObserver, Scope<F>> start) {
        if (observers.isEmpty()) {
            return Scope.none();
        }
        List<Scope<F>> scopes = new ArrayList<>(observers.size());
        List<Guarded> owners = new ArrayList<>(observers.size());
        for (Guarded observer : observers) {
            Scope<F> scope = observer.call(start);
            if (scope != null) {
                scopes.add(scope);
                owners.add(observer);
            }
        }
        return finished -> {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Scope<F> scope = scopes.get(i);
                owners.get(i).run(o -> scope.stop(finished));
            }
        };
    }

    /** One observer, with its failures contained. */
    private static final class Guarded {
        private final StoryWeaveObserver observer;
        private final AtomicBoolean failedBefore = new AtomicBoolean();

        Guarded(StoryWeaveObserver observer) {
            this.observer = observer;
        }

        void run(Consumer<StoryWeaveObserver> event) {
            try {
                event.accept(observer);
            } catch (RuntimeException | LinkageError e) {
                failed(e);
            }
        }

        <T> T call(Function<StoryWeaveObserver, T> event) {
            try {
                return event.apply(observer);
            } catch (RuntimeException | LinkageError e) {
                failed(e);
                return null;
            }
        }

        private void failed(Throwable e) {
            if (failedBefore.compareAndSet(false, true)) {
                LOG.warn("The observer {} threw; it is ignored for this event, and later failures of it are logged"
                        + " only at DEBUG", observer.getClass().getName(), e);
            } else {
                LOG.debug("The observer {} threw again: {}", observer.getClass().getName(), e.toString());
            }
        }
    }
}
