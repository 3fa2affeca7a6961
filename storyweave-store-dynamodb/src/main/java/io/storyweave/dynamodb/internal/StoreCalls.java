package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The client as every facet of the store uses it: reads retried when DynamoDB asks for it, reads
 * by key strongly consistent, and failures worded by {@link AwsFailures}.
 *
 * <p>Only reads are retried here: the core retries writes with the user's retry options, and a
 * blind retry of a conditional write whose first attempt landed would report a false conflict.
 * Network failures are not retried either, so a dead endpoint fails within one attempt's timeout.
 */
public final class StoreCalls {
    private static final int READ_ATTEMPTS = 3;

    private final DynamoDbClient client;
    private final AwsFailures failures;

    /**
     * @param client   the client
     * @param failures error wording
     */
    public StoreCalls(DynamoDbClient client, AwsFailures failures) {
        this.client = client;
        this.failures = failures;
    }

    /** @return the client, for writes (which are never retried here) */
    DynamoDbClient client() {
        return client;
    }

    /** @return error wording */
    AwsFailures failures() {
        return failures;
    }

    /**
     * @param what  what the store was doing, for the message
     * @param table the table involved
     * @param e     the SDK failure
     * @return the exception to throw
     */
    StorageException failure(String what, String table, SdkException e) {
        return failures.storage(what, table, e);
    }

    /**
     * Runs a write whose condition may fail. It is not retried here (see above).
     *
     * @param what  what the store is writing, for the message
     * @param table the table written
     * @param write the conditional write
     * @return whether it was written; {@code false} when its condition did not hold
     * @throws StorageException when DynamoDB fails
     */
    boolean writeIf(String what, String table, Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw failures.storage(what, table, e);
        }
    }

    /**
     * Runs a read, again (up to three attempts in all) while DynamoDB throttles or has a server error.
     *
     * @param what  what the store is reading, for the message
     * @param table the table read
     * @param call  the read
     * @param <T>   its answer
     * @return the answer
     * @throws StorageException when it fails for good
     */
    <T> T read(String what, String table, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SdkException e) {
                if (attempt >= READ_ATTEMPTS || !AwsFailures.transientServiceError(e)) {
                    throw failures.storage(what, table, e);
                }
                pause(50L * attempt);
            }
        }
    }

    /**
     * A strongly consistent single-item read, so a write is visible to the next read from any instance.
     *
     * @param what  what the store is reading, for the message
     * @param table the table
     * @param key   the item's key
     * @return the item, or empty
     */
    Optional<Map<String, AttributeValue>> getItem(String what, String table, Map<String, AttributeValue> key) {
        GetItemResponse response = read(what, table, () -> client.getItem(r -> r.tableName(table).key(key)
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * @param value a whole number
     * @return it as a DynamoDB number
     */
    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /**
     * Waits before a retry.
     *
     * @param millis how long
     * @throws StorageException when interrupted (the interrupt is kept)
     */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting to retry a DynamoDB call", e);
        }
    }
}
