package io.storyweave.dynamodb;

import io.storyweave.StoryWeave;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Table creation, checking at build time, and the errors that tell a user how to fix a missing table. */
class TableProvisioningTest {
    private static DynaliteServer server;
    private static DynamoDbClient admin;

    @BeforeAll
    static void connect() {
        server = DynaliteServer.shared();
        admin = server.newClient();
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void createTablesIfMissingCreatesAllThreeOnDemandTablesAndWaitsUntilActive() {
        String prefix = Fixtures.uniquePrefix();
        try (DynamoDbStoryStore store = Fixtures.storeOn(server).tablePrefix(prefix).createTablesIfMissing(true).build()) {
            assertThat(store.profilesTable()).isEqualTo(prefix + "StoryWeave-Profiles");
            List<DynamoDbTableStatus> status = store.tableStatus();
            assertThat(status).extracting(DynamoDbTableStatus::name).containsExactly(prefix + "StoryWeave-Profiles",
                    prefix + "StoryWeave-Stories", prefix + "StoryWeave-Cache");
            assertThat(status).allSatisfy(s -> assertThat(s.ready()).as(s.toString()).isTrue());
            // dynalite has no UpdateTimeToLive: reported, not fatal.
            assertThat(status.get(2).timeToLive()).isNotNull();

            TableDescription stories = admin.describeTable(r -> r.tableName(store.storiesTable())).table();
            assertThat(stories.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(stories.globalSecondaryIndexes()).singleElement().satisfies(index -> {
                assertThat(index.indexName()).isEqualTo("profileId-createdKey-index");
                assertThat(index.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                        .containsExactly("profileId:HASH", "createdKey:RANGE");
            });
            // Idempotent: a second instance starting up creates nothing.
            assertThat(store.ensureTables()).isEmpty();
        }
    }

    @Test
    void ensureTablesCreatesOnlyWhatIsMissing() {
        String prefix = Fixtures.uniquePrefix();
        createTable(prefix + "StoryWeave-Profiles", "id");
        try (DynamoDbStoryStore store = Fixtures.storeOn(server).tablePrefix(prefix).checkTables(false).build()) {
            assertThat(store.tableStatus()).extracting(DynamoDbTableStatus::present).containsExactly(true, false, false);
            assertThat(store.ensureTables()).containsExactly(prefix + "StoryWeave-Stories", prefix + "StoryWeave-Cache");
            assertThat(store.tableStatus()).allSatisfy(s -> assertThat(s.ready()).isTrue());
        }
    }

    @Test
    void aMissingTableFailsTheBuildNamingItASimilarTableAndTheFixes() {
        // A server of its own: every table there is made here, so no other test's randomly named
        // tables can come closer to the missing name than the similar one this test creates.
        try (DynaliteServer own = DynaliteServer.start(); DynamoDbClient ownAdmin = own.newClient()) {
            String prefix = Fixtures.uniquePrefix();
            try (DynamoDbStoryStore setup = Fixtures.storeOn(own).tablePrefix(prefix).createTablesIfMissing(true)
                    .build()) {
                ownAdmin.deleteTable(r -> r.tableName(setup.cacheTable()));
            }
            createTable(ownAdmin, prefix + "StoryCache", "pk");
            awaitStatus(ownAdmin, prefix + "StoryWeave-Cache", null);

            assertThatThrownBy(() -> Fixtures.storeOn(own).tablePrefix(prefix).build())
                    .isInstanceOf(StoryWeaveConfigException.class)
                    .hasMessageContaining("\"" + prefix + "StoryWeave-Cache\" does not exist")
                    .hasMessageContaining("similar names: " + prefix + "StoryCache")
                    .hasMessageContaining("storyweave.dynamodb.cacheTable")
                    .hasMessageContaining("STORYWEAVE_DYNAMODB_CACHE_TABLE")
                    .hasMessageContaining("createTablesIfMissing")
                    .hasMessageContaining("storyweave tables create")
                    .hasMessageNotContaining("Profiles\" does not exist");

            // Following the advice works: map the name through configuration.
            PluginConfig mapped = new PluginConfig(Map.of(), Map.of("STORYWEAVE_DYNAMODB_CACHE_TABLE", "StoryCache",
                    "STORYWEAVE_DYNAMODB_TABLE_PREFIX", prefix)::get, key -> null);
            try (DynamoDbStoryStore store = Fixtures.storeOn(own).config(mapped).build()) {
                assertThat(store.cacheTable()).isEqualTo(prefix + "StoryCache");
            }
        }
    }

    @Test
    void storyWeaveBuildThroughTheServiceLoaderReportsTheMissingTablesAndWorksOnceCreated() {
        String prefix = Fixtures.uniquePrefix();
        StoryWeave.Builder builder = StoryWeave.builder()
                .provider(new ScriptedModelProvider())
                .store("dynamodb")
                .environment(Map.of("AWS_ACCESS_KEY_ID", "AKIDTESTTESTTEST", "AWS_SECRET_ACCESS_KEY", "not-a-secret",
                        "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_DYNAMODB", server.endpoint().toString()))
                .property("storyweave.dynamodb.tablePrefix", prefix);

        assertThatThrownBy(builder::build).isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining(prefix + "StoryWeave-Profiles")
                .hasMessageContaining(prefix + "StoryWeave-Stories")
                .hasMessageContaining(prefix + "StoryWeave-Cache")
                .hasMessageNotContaining("not-a-secret");

        try (StoryWeave sw = builder.property("storyweave.dynamodb.createTablesIfMissing", "true").build()) {
            assertThat(sw.storeName()).isEqualTo("dynamodb");
            assertThat(sw.profiles().list(10, null).items()).isEmpty();
        }
    }

    @Test
    void anExistingTableWithTheWrongKeyIsRejectedWithWhatItHasAndNeeds() {
        String prefix = Fixtures.uniquePrefix();
        createTable(prefix + "Legacy-Profiles", "profile_id");
        assertThatThrownBy(() -> Fixtures.storeOn(server).tablePrefix(prefix).profilesTable("Legacy-Profiles")
                .createTablesIfMissing(true).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("Legacy-Profiles")
                .hasMessageContaining("profile_id")
                .hasMessageContaining("id (S, partition key only)");
    }

    @Test
    void invalidTableNamesAreRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> Fixtures.storeOn(server).cacheTable("my cache!").build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining("\"my cache!\"")
                .hasMessageContaining("storyweave.dynamodb.cacheTable");
        assertThatThrownBy(() -> Fixtures.storeOn(server).profilesTable("ab").build())
                .isInstanceOf(StoryWeaveConfigException.class).hasMessageContaining("3 to 255");
    }

    @Test
    void anUnreachableEndpointFailsTheBuildQuicklyWithAConfigError() {
        DynaliteServer gone = DynaliteServer.start();
        gone.stop();
        long start = System.nanoTime();
        assertThatThrownBy(() -> Fixtures.storeOn(gone).build())
                .isInstanceOf(StoryWeaveConfigException.class)
                .hasMessageContaining(gone.endpoint().toString())
                .hasMessageContaining("reachable");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    private static void createTable(String name, String hashKey) {
        createTable(admin, name, hashKey);
    }

    private static void createTable(DynamoDbClient client, String name, String hashKey) {
        client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName(hashKey).attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName(hashKey).keyType(KeyType.HASH)));
        awaitStatus(client, name, "ACTIVE");
    }

    /** The SDK's waiters poll every 20 s; dynalite settles in 50 ms. */
    private static void awaitStatus(DynamoDbClient client, String name, String wanted) {
        for (int i = 0; i < 200; i++) {
            String status;
            try {
                status = client.describeTable(r -> r.tableName(name)).table().tableStatusAsString();
            } catch (ResourceNotFoundException e) {
                status = null;
            }
            if (java.util.Objects.equals(status, wanted)) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("table " + name + " never reached " + wanted);
    }
}
