package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.StoryStoreContract;

import java.time.Clock;

/** The embedded memory store passes the contract every store must pass. */
class MemoryStoreContractTest extends StoryStoreContract {
    @Override
    protected StoryStore newStore(Clock clock) {
        return new MemoryStoryStore(clock);
    }
}
