package io.storyweave;

import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;

/** Test helper: forwards to another store so a test can override one facet. */
class DelegatingStore implements StoryStore {
    private final StoryStore delegate;

    DelegatingStore(StoryStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ProfileStore profiles() {
        return delegate.profiles();
    }

    @Override
    public StoryLibrary stories() {
        return delegate.stories();
    }

    @Override
    public SharedStoryCache sharedCache() {
        return delegate.sharedCache();
    }

    @Override
    public SpendCounters spendCounters() {
        return delegate.spendCounters();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
