package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.StoryStoreContract;

import java.time.Clock;

/**
 * A store made of the profiles and stories facets only passes the contract: the shared-cache
 * tests are skipped, not failed.
 */
class StoreWithoutSharedCacheContractTest extends StoryStoreContract {
    /** Profiles and stories, no shared cache: what a minimal new store implements. */
    static StoryStore withoutSharedCache(MemoryStoryStore memory) {
        return new StoryStore() {
            @Override
            public String name() {
                return "profiles-and-stories-only";
            }

            @Override
            public ProfileStore profiles() {
                return memory;
            }

            @Override
            public StoryLibrary stories() {
                return memory;
            }

            @Override
            public void close() {
                memory.close();
            }
        };
    }

    @Override
    protected StoryStore newStore(Clock clock) {
        return withoutSharedCache(new MemoryStoryStore(clock));
    }
}
