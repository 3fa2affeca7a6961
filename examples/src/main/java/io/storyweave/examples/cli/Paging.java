package io.storyweave.examples.cli;

import io.storyweave.ResultPage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects up to {@code --limit} items from a paged listing, starting after {@code --after}, and
 * prints them with the cursor that continues the listing.
 */
final class Paging {
    /** One page of a listing. */
    @FunctionalInterface
    interface Fetch<T> {
        ResultPage<T> page(int pageSize, String pageToken);
    }

    /**
     * What a listing command prints.
     *
     * @param items the items
     * @param next  the cursor for {@code --after} that continues after them, or {@code null} at the end
     */
    record Listing<T>(List<T> items, String next) {
    }

    private Paging() {
    }

    /** Rejects a bad {@code --limit} before any client is built. */
    static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new UsageException("Invalid value for --limit: must be between 1 and 1000, was " + limit + ".");
        }
    }

    /**
     * @param limit at most this many items
     * @param after {@code null}, or the cursor a previous listing printed
     * @param fetch reads one page
     * @return the items and the cursor to continue
     */
    static <T> Listing<T> collect(int limit, String after, Fetch<T> fetch) {
        checkLimit(limit);
        List<T> all = new ArrayList<>();
        String token = after == null || after.isBlank() ? null : fromCursor(after.strip());
        do {
            // Pages never ask for more than is still wanted, so the last page's token continues exactly here.
            ResultPage<T> page = fetch.page(Math.min(100, limit - all.size()), token);
            all.addAll(page.items());
            token = page.nextPageToken();
        } while (token != null && all.size() < limit);
        return new Listing<>(all, token == null ? null : cursor(token));
    }

    /**
     * A store's page token as the command line prints it: in hex, because every printed line is
     * cleaned of secrets, and an opaque base64 token has the shape of one.
     */
    static String cursor(String pageToken) {
        return HexFormat.of().formatHex(pageToken.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromCursor(String cursor) {
        try {
            return new String(HexFormat.of().parseHex(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid value for --after: '" + cursor + "' is not a cursor a listing printed;"
                    + " pass the value after --after in its 'More:' line (or its \"next\" in --json output).");
        }
    }

    /**
     * Prints a listing: with {@code --json} one object {@code {"<name>":[...],"next":cursor}}, else a
     * line per item, then how to see more.
     *
     * @param ctx     where to print
     * @param listing what to print
     * @param name    the plural noun, e.g. {@code stories}
     * @param json    an item as JSON
     * @param line    an item as one line of text
     * @param again   the command that lists, e.g. {@code storyweave stories list}, for the "more" hint
     * @param empty   what to print when there is nothing
     */
    static <T> void print(CliContext ctx, Listing<T> listing, String name, Function<T, Object> json,
                          Function<T, String> line, String again, String empty) {
        if (ctx.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(name, listing.items().stream().map(json).toList());
            out.put("next", listing.next());
            StoryPrinter.printJson(ctx.out(), out);
            return;
        }
        if (listing.items().isEmpty()) {
            ctx.out().println(empty);
        }
        listing.items().forEach(item -> ctx.out().println(line.apply(item)));
        if (listing.next() != null) {
            ctx.out().println("More: " + again + " --after " + listing.next());
        }
    }
}
