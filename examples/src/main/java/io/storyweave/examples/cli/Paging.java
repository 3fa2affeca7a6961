package io.storyweave.examples.cli;

import io.storyweave.ResultPage;

import java.util.ArrayList;
import java.util.List;

/** Collects up to {@code --limit} items from a paged listing. */
final class Paging {
    /** One page of a listing. */
    @FunctionalInterface
    interface Fetch<T> {
        ResultPage<T> page(int pageSize, String pageToken);
    }

    private Paging() {
    }

    /** Rejects a bad {@code --limit} before any client is built. */
    static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new UsageException("Invalid value for --limit: must be between 1 and 1000, was " + limit + ".");
        }
    }

    static <T> List<T> collect(int limit, Fetch<T> fetch) {
        checkLimit(limit);
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            ResultPage<T> page = fetch.page(Math.min(100, limit - all.size()), token);
            all.addAll(page.items());
            token = page.nextPageToken();
        } while (token != null && all.size() < limit);
        return all;
    }
}
