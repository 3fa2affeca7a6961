package io.storyweave;

import io.storyweave.spi.SharedStoryCache;

import java.time.Duration;
import java.util.Optional;

/** Test helper: forwards to another shared cache so a test can override one method. */
class DelegatingSharedCache implements SharedStoryCache {
    private final SharedStoryCache delegate;

    DelegatingSharedCache(SharedStoryCache delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Story> getCachedStory(String key) {
        return delegate.getCachedStory(key);
    }

    @Override
    public void putCachedStory(String key, Story story, Duration ttl) {
        delegate.putCachedStory(key, story, ttl);
    }

    @Override
    public boolean tryAcquireLease(String key, String owner, Duration ttl) {
        return delegate.tryAcquireLease(key, owner, ttl);
    }

    @Override
    public boolean renewLease(String key, String owner, Duration ttl) {
        return delegate.renewLease(key, owner, ttl);
    }

    @Override
    public void releaseLease(String key, String owner) {
        delegate.releaseLease(key, owner);
    }
}
