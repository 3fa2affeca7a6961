package io.storyweave.spi;

/**
 * A place to keep profiles, stories and, optionally, a story cache shared by every instance. A
 * store is made of facets, so a new store implements what it can: {@link ProfileStore},
 * {@link StoryLibrary} and, when it can make leases atomic across instances,
 * {@link SharedStoryCache} (the default is {@link SharedStoryCache#NONE}) and, when it can count
 * atomically across instances, {@link SpendCounters} (default {@link SpendCounters#NONE}). One class may
 * implement several facets and return itself. Every store must pass
 * {@code io.storyweave.testing.StoryStoreContract} from the {@code storyweave-testing} artifact.
 */
public interface StoryStore extends AutoCloseable {
    /** @return the store's name, e.g. {@code memory} */
    String name();

    /** @return the child profiles */
    ProfileStore profiles();

    /** @return the stories */
    StoryLibrary stories();

    /** @return the story cache shared across instances, or {@link SharedStoryCache#NONE} */
    default SharedStoryCache sharedCache() {
        return SharedStoryCache.NONE;
    }

    /**
     * @return the spend ledger and daily totals, shared with every instance on the same data, or
     *         {@link SpendCounters#NONE} (StoryWeave then counts in its own process)
     */
    default SpendCounters spendCounters() {
        return SpendCounters.NONE;
    }

    /** Releases connections. */
    @Override
    default void close() {
    }
}
