package io.storyweave.dynamodb.internal;

import io.storyweave.ResultPage;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a filtered scan or query, with the page token to continue after it. DynamoDB
 * applies a filter after its own limit and may answer with a short (even empty) batch although
 * more matching items follow, so batches are read until more than the page's worth passed the
 * filter or the items run out.
 */
final class FilteredPages {
    /**
     * One answer of a query or scan.
     *
     * @param items   the items that passed the filter
     * @param lastKey where the next answer starts, or {@code null}/empty at the end
     */
    record Batch(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    }

    private FilteredPages() {
    }

    /**
     * @param calls    the store's calls (reads are retried when DynamoDB asks)
     * @param what     what is listed, for messages
     * @param table    the table read
     * @param limit    the page size
     * @param start    where to continue from ({@code null} for the first page)
     * @param call     one query or scan from a start key, asking for {@code limit + 1} items
     * @param keyNames the attributes a page token holds, in order
     * @param decode   turns an item into what the page lists
     * @param <T>      what the page lists
     * @return the page
     */
    static <T> ResultPage<T> read(StoreCalls calls, String what, String table, int limit,
                                  Map<String, AttributeValue> start, Function<Map<String, AttributeValue>, Batch> call,
                                  List<String> keyNames, Function<Map<String, AttributeValue>, T> decode) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> from = start;
        Map<String, AttributeValue> last;
        do {
            Map<String, AttributeValue> exclusiveStart = from;
            Batch batch = calls.read(what, table, () -> call.apply(exclusiveStart));
            items.addAll(batch.items());
            last = batch.lastKey() != null && !batch.lastKey().isEmpty() ? batch.lastKey() : null;
            from = last;
        } while (items.size() <= limit && last != null);
        return page(items, last, limit, keyNames, decode);
    }

    private static <T> ResultPage<T> page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey,
                                          int limit, List<String> keyNames, Function<Map<String, AttributeValue>, T> decode) {
        // One item more than asked for was read: if it came, there is a next page, and the token
        // continues after the last item returned, so no empty last page is ever handed out.
        List<Map<String, AttributeValue>> shown = items.size() > limit ? items.subList(0, limit) : items;
        String token;
        if (items.size() > limit) {
            token = PageTokens.encode(shown.get(limit - 1), keyNames);
        } else if (lastKey != null && !lastKey.isEmpty() && !shown.isEmpty()) {
            token = PageTokens.encode(shown.get(shown.size() - 1), keyNames);
        } else {
            token = null;
        }
        List<T> decoded = new ArrayList<>(shown.size());
        for (Map<String, AttributeValue> item : shown) {
            decoded.add(decode.apply(item));
        }
        return new ResultPage<>(decoded, token);
    }
}
