package io.storyweave.dynamodb;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real DynamoDB needs UpdateTimeToLive to expire cache items, which dynalite does not implement.
 * Here a loopback proxy passes everything to dynalite but answers the two TTL operations as
 * DynamoDB does on the wire (JSON 1.0, {@code X-Amz-Target}), so the call itself is checked.
 */
class TimeToLiveOnRealDynamoDbTest {
    private static final String JSON_10 = "application/x-amz-json-1.0";
    private DynaliteServer dynalite;
    private WireMockServer dynamoDb;

    @BeforeEach
    void start() {
        dynalite = DynaliteServer.start();
        dynamoDb = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        dynamoDb.start();
        dynamoDb.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(dynalite.endpoint().toString())));
        dynamoDb.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DescribeTimeToLive"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON_10)
                        .withBody("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"DISABLED\"}}")));
        dynamoDb.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.UpdateTimeToLive"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON_10)
                        .withBody("{\"TimeToLiveSpecification\":{\"AttributeName\":\"expiresAt\",\"Enabled\":true}}")));
    }

    @AfterEach
    void stop() {
        dynamoDb.stop();
        dynalite.stop();
    }

    @Test
    void creatingTablesTurnsOnTtlForTheCacheTableOnItsExpiresAtAttribute() {
        String prefix = Fixtures.uniquePrefix();
        try (DynamoDbStoryStore store = DynamoDbStoryStore.builder()
                .endpointOverride(java.net.URI.create(dynamoDb.baseUrl())).region(DynaliteServer.REGION.id())
                .credentialsProvider(DynaliteServer.CREDENTIALS).tablePrefix(prefix)
                .createTablesIfMissing(true).build()) {
            assertThat(store.cacheTable()).isEqualTo(prefix + "StoryWeave-Cache");
        }

        dynamoDb.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.UpdateTimeToLive"))
                .withRequestBody(equalToJson("{\"TableName\":\"" + prefix + "StoryWeave-Cache\","
                        + "\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"expiresAt\"}}")));
    }
}
