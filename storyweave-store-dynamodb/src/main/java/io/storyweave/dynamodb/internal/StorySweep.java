package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.List;
import java.util.Map;

/**
 * Deletes every story of a profile that is being deleted: finds them through the index and
 * removes them in batches, sending again what DynamoDB leaves unprocessed when it throttles.
 * The index lags writes, so the sweep can miss a story written a moment before; such a story
 * carries the deleted profile's incarnation and is never listed again (see {@link ProfileLife}).
 */
public final class StorySweep {
    private static final int BATCH_SIZE = 25;
    private static final int BATCH_ROUNDS = 8;

    private final StoreCalls calls;
    private final String table;

    /**
     * @param calls the store's calls
     * @param table the stories table
     */
    public StorySweep(StoreCalls calls, TableSpec table) {
        this.calls = calls;
        this.table = table.name();
    }

    /**
     * @param profileId the profile being deleted
     * @throws StorageException when DynamoDB fails or keeps throttling; deleting the profile again finishes the job
     */
    void deleteStoriesOf(String profileId) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = calls.read("list stories of profile " + profileId + " to delete them", table,
                    () -> calls.client().query(StoriesIndex.newestFirst(table, profileId).projectionExpression("#i")
                            .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID, "#i", StoryTable.ID))
                            .exclusiveStartKey(from).build()));
            List<WriteRequest> deletes = page.items().stream()
                    .map(item -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(Map.of(StoryTable.ID, item.get(StoryTable.ID))).build()).build())
                    .toList();
            for (int i = 0; i < deletes.size(); i += BATCH_SIZE) {
                batchDelete(profileId, deletes.subList(i, Math.min(deletes.size(), i + BATCH_SIZE)));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    private void batchDelete(String profileId, List<WriteRequest> deletes) {
        List<WriteRequest> pending = deletes;
        for (int round = 0; round < BATCH_ROUNDS && !pending.isEmpty(); round++) {
            if (round > 0) {
                // UnprocessedItems means DynamoDB throttled part of the batch: back off before resending.
                StoreCalls.pause(Math.min(1000, 25L << round));
            }
            List<WriteRequest> batch = pending;
            try {
                BatchWriteItemResponse response = calls.client().batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
                pending = response.hasUnprocessedItems()
                        ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
            } catch (SdkException e) {
                throw calls.failure("delete the stories of profile " + profileId, table, e);
            }
        }
        if (!pending.isEmpty()) {
            throw new StorageException("DynamoDB (" + calls.failures().where() + ") kept " + pending.size()
                    + " stories of profile " + profileId + " unprocessed after " + BATCH_ROUNDS + " attempts"
                    + " (throttling). The profile was not deleted; delete it again later.", null);
        }
    }
}
