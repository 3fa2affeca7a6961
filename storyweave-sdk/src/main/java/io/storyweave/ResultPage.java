package io.storyweave;

import java.util.List;
import java.util.Objects;

/**
 * One page of a listing.
 *
 * @param items         the items on this page
 * @param nextPageToken pass it back to get the next page; {@code null} on the last page
 * @param <T>           the item type
 */
public record ResultPage<T>(List<T> items, String nextPageToken) {
    /** Copies the items. */
    public ResultPage {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** @return whether another page follows */
    public boolean hasMore() {
        return nextPageToken != null;
    }
}
