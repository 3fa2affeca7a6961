package io.storyweave.dynamodb;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.storyweave.dynamodb.DynamoDbProxy.DESCRIBE_TTL;
import static io.storyweave.dynamodb.DynamoDbProxy.JSON_10;
import static io.storyweave.dynamodb.DynamoDbProxy.UPDATE_TTL;
import static io.storyweave.dynamodb.DynamoDbProxy.call;
import static io.storyweave.dynamodb.DynamoDbProxy.calls;
import static io.storyweave.dynamodb.DynamoDbProxy.error;
import static io.storyweave.dynamodb.DynamoDbProxy.ttlIs;
import static io.storyweave.testing.StoreFixtures.T0;
import static io.storyweave.testing.StoreFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Real DynamoDB needs UpdateTimeToLive to expire cache items, which dynalite does not implement.
 * Here a loopback proxy passes everything to dynalite but answers the two TTL operations as
 * DynamoDB does on the wire (JSON 1.0, {@code X-Amz-Target}, its error shapes and messages), so
 * the calls, a table whose TTL is already on another attribute, and two instances turning TTL on
 * at once are all checked.
 */
class TimeToLiveOnRealDynamoDbTest {
    private final DynaliteServer dynalite = DynaliteServer.shared();
    private final String prefix = Fixtures.uniquePrefix();
    private DynamoDbProxy proxy;
    private WireMockServer dynamoDb;

    @BeforeEach
    void start() {
        proxy = DynamoDbProxy.to(dynalite);
        dynamoDb = proxy.wire();
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    private DynamoDbStoryStore.Builder storeThroughProxy() {
        return DynamoDbStoryStore.builder().endpointOverride(proxy.endpoint())
                .region(DynaliteServer.REGION.id()).credentialsProvider(DynaliteServer.CREDENTIALS).tablePrefix(prefix);
    }

    private static ResponseDefinitionBuilder validationError(String message) {
        return error("com.amazon.coral.validate#ValidationException", message);
    }

    private void tablesExistAlready() {
        Fixtures.storeOn(dynalite).tablePrefix(prefix).createTablesIfMissing(true).build().close();
    }

    @Test
    void creatingTablesTurnsOnTtlForTheCacheTableOnItsExpiresAtAttribute() {
        dynamoDb.stubFor(call(DESCRIBE_TTL).willReturn(ttlIs("DISABLED", null)));
        dynamoDb.stubFor(call(UPDATE_TTL).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON_10)
                .withBody("{\"TimeToLiveSpecification\":{\"AttributeName\":\"expiresAt\",\"Enabled\":true}}")));
        try (DynamoDbStoryStore store = storeThroughProxy().createTablesIfMissing(true).build()) {
            assertThat(store.cacheTable()).isEqualTo(prefix + "StoryWeave-Cache");
        }

        dynamoDb.verify(1, calls(UPDATE_TTL).withRequestBody(equalToJson("{\"TableName\":\"" + prefix
                + "StoryWeave-Cache\",\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"expiresAt\"}}")));
    }

    @Test
    void aCacheTableWhoseTtlIsOnAnotherAttributeIsReportedAsSuchWithBothWaysOut() {
        tablesExistAlready();
        dynamoDb.stubFor(call(DESCRIBE_TTL).willReturn(ttlIs("ENABLED", "ttl")));
        dynamoDb.stubFor(call(UPDATE_TTL).willReturn(validationError(
                "TimeToLive is active on a different AttributeName: current AttributeName is ttl")));

        StoryWeaveConfigException creating = catchThrowableOfType(StoryWeaveConfigException.class,
                () -> storeThroughProxy().createTablesIfMissing(true).build());
        StoryWeaveConfigException checking = catchThrowableOfType(StoryWeaveConfigException.class,
                () -> storeThroughProxy().build());

        for (StoryWeaveConfigException failure : List.of(creating, checking)) {
            assertThat(failure.getMessage()).contains(prefix + "StoryWeave-Cache")
                    .contains("time to live is already ENABLED on attribute \"ttl\"").contains("\"expiresAt\"")
                    .contains("storyweave.dynamodb.ttlAttribute=ttl").contains("STORYWEAVE_DYNAMODB_TTL_ATTRIBUTE")
                    .contains("disable its TTL").doesNotContain("key schema")
                    .doesNotContain("Could not create the DynamoDB tables");
        }
        dynamoDb.verify(0, calls(UPDATE_TTL));
        try (DynamoDbStoryStore store = storeThroughProxy().checkTables(false).build()) {
            DynamoDbTableStatus cache = store.tableStatus().get(2);
            assertThat(cache.ready()).isFalse();
            assertThat(cache.timeToLive()).isEqualTo("ENABLED on ttl");
            assertThat(cache.problems()).singleElement().asString().contains("ttlAttribute=ttl");
            assertThat(store.tableStatus().get(0).ready()).isTrue();
        }
    }

    @Test
    void keepingTheTablesOwnTtlAttributeMakesStoryWeaveWriteThatAttributeToo() {
        tablesExistAlready();
        dynamoDb.stubFor(call(DESCRIBE_TTL).willReturn(ttlIs("ENABLED", "ttl")));

        try (DynamoDbStoryStore store = storeThroughProxy().ttlAttribute("ttl").createTablesIfMissing(true).build();
             DynamoDbClient raw = dynalite.newClient()) {
            assertThat(store.tableStatus().get(2).problems()).isEmpty();
            store.sharedCache().putCachedStory("key-1", story("c1", null, T0), Duration.ofHours(1));
            store.sharedCache().tryAcquireLease("key-2", "me", Duration.ofSeconds(20));
            store.sharedCache().renewLease("key-2", "me", Duration.ofMinutes(5));

            for (String pk : List.of("key-1", "lease#key-2")) {
                Map<String, AttributeValue> item = raw.getItem(r -> r.tableName(store.cacheTable())
                        .key(Map.of("pk", AttributeValue.fromS(pk)))).item();
                assertThat(item.get("ttl")).as(pk).isNotNull().isEqualTo(item.get("expiresAt"));
            }
        }
        dynamoDb.verify(0, calls(UPDATE_TTL));
    }

    @Test
    void aTtlAttributeStoryWeaveUsesForSomethingElseIsRefused() {
        assertThatThrownBy(() -> storeThroughProxy().ttlAttribute("pk").build())
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("storyweave.dynamodb.ttlAttribute")
                .hasMessageContaining("\"pk\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TimeToLive is already enabled",
            "Time to live has been modified multiple times within a fixed interval"})
    void anInstanceThatTurnsTtlOnWhileAnotherJustDidItSucceeds(String refusal) {
        tablesExistAlready();
        dynamoDb.stubFor(call(DESCRIBE_TTL).inScenario("ttl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ttlIs("DISABLED", null)));
        // The other instance's UpdateTimeToLive lands between our describe and our update.
        dynamoDb.stubFor(call(UPDATE_TTL).inScenario("ttl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(validationError(refusal)).willSetStateTo("enabled by the other instance"));
        dynamoDb.stubFor(call(DESCRIBE_TTL).inScenario("ttl").whenScenarioStateIs("enabled by the other instance")
                .willReturn(ttlIs("ENABLING", "expiresAt")));

        try (DynamoDbStoryStore store = storeThroughProxy().createTablesIfMissing(true).build()) {
            assertThat(store.tableStatus().get(2).timeToLive()).isEqualTo("ENABLING on expiresAt");
        }
        dynamoDb.verify(1, calls(UPDATE_TTL));
    }

    @Test
    void aTtlChangeDynamoDbRefusesForAnotherReasonSaysSoInsteadOfBlamingTheKeys() {
        tablesExistAlready();
        dynamoDb.stubFor(call(DESCRIBE_TTL).willReturn(ttlIs("DISABLING", "expiresAt")));
        dynamoDb.stubFor(call(UPDATE_TTL).willReturn(validationError(
                "Time to live has been modified multiple times within a fixed interval")));

        assertThatThrownBy(() -> storeThroughProxy().createTablesIfMissing(true).build())
                .hasMessageContaining("refused to turn on TTL for attribute expiresAt")
                .hasMessageContaining("modified multiple times").hasMessageContaining("DISABLING on expiresAt")
                .hasMessageContaining("one TTL change per table per hour").hasMessageNotContaining("key schema");
    }
}
