package io.storyweave.dynamodb;

import io.storyweave.StorageException;
import io.storyweave.dynamodb.internal.AwsFailures;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failure paths a healthy dynalite cannot produce: a silent endpoint, throttling, unprocessed
 * batch items, and AWS error texts that quote an access key id. The throttling and batch cases
 * use a scripted {@link DynamoDbClient} because no local DynamoDB throttles on demand.
 */
class FailureHandlingTest {
    @Test
    void anEndpointThatAcceptsButNeverAnswersFailsWithinTheTimeout() throws IOException {
        // A listening socket nobody reads from: connections succeed, answers never come.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            try (DynamoDbStoryStore store = DynamoDbStoryStore.builder().endpointOverride(endpoint).region("us-east-1")
                    .credentialsProvider(io.storyweave.dynamodb.testing.DynaliteServer.CREDENTIALS)
                    .timeout(Duration.ofMillis(300)).checkTables(false).build()) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> store.profiles().getProfile("p1")).isInstanceOf(StorageException.class)
                        .hasMessageContaining("read profile p1").hasMessageContaining(endpoint.toString())
                        .hasMessageMatching(".*(no answer in time|timed out).*");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            }
        }
    }

    @Test
    void readsAreRetriedWhenDynamoDbThrottlesButNotWhenItCannotBeReached() {
        AtomicInteger calls = new AtomicInteger();
        ScriptedClient throttlesTwice = new ScriptedClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                if (calls.incrementAndGet() <= 2) {
                    throw ProvisionedThroughputExceededException.builder().statusCode(400)
                            .awsErrorDetails(AwsErrorDetails.builder()
                                    .errorCode("ProvisionedThroughputExceededException").errorMessage("slow down").build())
                            .build();
                }
                return GetItemResponse.builder().build();
            }
        };
        try (DynamoDbStoryStore store = storeWith(throttlesTwice)) {
            assertThat(store.stories().getStory("s1")).isEmpty();
            assertThat(calls).hasValue(3);
        }

        AtomicInteger refused = new AtomicInteger();
        ScriptedClient unreachable = new ScriptedClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                refused.incrementAndGet();
                throw SdkClientException.create("Unable to execute HTTP request", new java.net.ConnectException("refused"));
            }
        };
        try (DynamoDbStoryStore store = storeWith(unreachable)) {
            assertThatThrownBy(() -> store.stories().getStory("s1")).isInstanceOf(StorageException.class)
                    .hasMessageContaining("ConnectException");
            assertThat(refused).hasValue(1);
        }
    }

    @Test
    void cascadeDeleteResendsUnprocessedItemsUntilDynamoDbTakesThem() {
        List<Integer> batchSizes = new ArrayList<>();
        ScriptedClient partial = new ScriptedClient() {
            @Override
            public QueryResponse query(QueryRequest request) {
                List<Map<String, AttributeValue>> items = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    items.add(Map.of("id", AttributeValue.fromS("s" + i)));
                }
                return QueryResponse.builder().items(items).build();
            }

            @Override
            public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
                List<WriteRequest> sent = request.requestItems().values().iterator().next();
                batchSizes.add(sent.size());
                // Throttle half of every first attempt, as DynamoDB does under load.
                List<WriteRequest> unprocessed = sent.size() > 3 ? sent.subList(0, sent.size() / 2) : List.of();
                return BatchWriteItemResponse.builder()
                        .unprocessedItems(Map.of(request.requestItems().keySet().iterator().next(), unprocessed)).build();
            }

            @Override
            public UpdateItemResponse updateItem(UpdateItemRequest request) {
                // Marking the profile for deletion finds it.
                return UpdateItemResponse.builder().build();
            }

            @Override
            public DeleteItemResponse deleteItem(DeleteItemRequest request) {
                return DeleteItemResponse.builder().attributes(Map.of("id", AttributeValue.fromS("p1"))).build();
            }
        };
        try (DynamoDbStoryStore store = storeWith(partial)) {
            assertThat(store.profiles().deleteProfile("p1")).isTrue();
        }
        // 30 keys: a batch of 25 (12 come back, then 6, then 3) and a batch of 5 (2 come back).
        assertThat(batchSizes).containsExactly(25, 12, 6, 3, 5, 2);
    }

    @Test
    void messagesNeverCarryAnAccessKeyIdFromAnAwsErrorText() {
        DynamoDbException denied = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("UnrecognizedClientException")
                        .errorMessage("The security token for AKIAIOSFODNN7EXAMPLE is invalid").build())
                .build();
        String message = new AwsFailures("region us-east-1").describe("read profile p1", "T", denied);
        assertThat(message).doesNotContain("AKIAIOSFODNN7EXAMPLE").contains("****MPLE")
                .contains("UnrecognizedClientException").contains("credentials");
    }

    private static DynamoDbStoryStore storeWith(DynamoDbClient client) {
        return DynamoDbStoryStore.builder().client(client).checkTables(false).build();
    }

    /** Answers nothing unless a test overrides the call; every unexpected call fails the test. */
    private abstract static class ScriptedClient implements DynamoDbClient {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
            return DynamoDbServiceClientConfiguration.builder()
                    .region(software.amazon.awssdk.regions.Region.US_EAST_1).build();
        }

        @Override
        public void close() {
        }
    }
}
