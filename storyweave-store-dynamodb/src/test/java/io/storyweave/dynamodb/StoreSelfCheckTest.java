package io.storyweave.dynamodb;

import io.storyweave.Diagnostic;
import io.storyweave.Diagnostic.Status;
import io.storyweave.StoryWeave;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.storyweave.dynamodb.DynamoDbProxy.DESCRIBE_TTL;
import static io.storyweave.dynamodb.DynamoDbProxy.call;
import static io.storyweave.dynamodb.DynamoDbProxy.error;
import static io.storyweave.dynamodb.DynamoDbProxy.ttlIs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DynamoDbStoreFactory.diagnose}, the store's self-check for {@code storyweave doctor}: the
 * same five lines every time (DynamoDB, each table, the cache table's time to live), each saying
 * what is wrong and what to run, whatever failed before it, and never a secret.
 */
class StoreSelfCheckTest {
    private static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr2wEaCXVzLWVhc3QtMSJHMEUCIQDexampletoken";
    private static final List<String> TOPICS = List.of("dynamodb", "table profiles", "table stories", "table cache",
            "table cache");
    private final DynaliteServer dynalite = DynaliteServer.shared();
    private final String prefix = Fixtures.uniquePrefix();

    private Map<String, String> environment(URI endpoint) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY, "AWS_SESSION_TOKEN", SESSION_TOKEN, "AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString()));
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", prefix);
        return env;
    }

    private static List<Diagnostic> diagnose(Map<String, String> environment) {
        List<Diagnostic> lines = new ArrayList<>();
        new DynamoDbStoreFactory().diagnose(new PluginConfig(Map.of(), environment::get, key -> null), lines::add);
        return lines;
    }

    private void tablesExist() {
        Fixtures.storeOn(dynalite).tablePrefix(prefix).createTablesIfMissing(true).build().close();
    }

    private static void assertNoSecretIn(List<Diagnostic> lines) {
        assertThat(lines).extracting(Diagnostic::line).allSatisfy(line -> assertThat(line)
                .doesNotContain(SECRET_KEY).doesNotContain(SESSION_TOKEN).doesNotContain(ACCESS_KEY_ID));
    }

    @Test
    void healthyTablesAreEachOkWithTheirKeysAndTimeToLiveOffIsAWarningSayingWhatToRun() {
        tablesExist();

        List<Diagnostic> lines = diagnose(environment(dynalite.endpoint()));

        assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
        assertThat(lines).extracting(Diagnostic::status)
                .containsExactly(Status.OK, Status.OK, Status.OK, Status.OK, Status.WARN);
        assertThat(lines.get(0).message()).contains(dynalite.endpoint().toString()).contains("us-east-1")
                .contains("****MPLE");
        assertThat(lines.get(1).message()).contains(prefix + "StoryWeave-Profiles ACTIVE").contains("key id (S)");
        assertThat(lines.get(2).message()).contains(prefix + "StoryWeave-Stories ACTIVE")
                .contains("index profileId-createdKey-index");
        assertThat(lines.get(3).message()).contains(prefix + "StoryWeave-Cache ACTIVE").contains("key pk (S)");
        assertThat(lines.get(4).message()).contains("time to live is DISABLED").contains("\"expiresAt\"")
                .contains("storyweave tables create").contains("ensureTables()");
        assertNoSecretIn(lines);
    }

    @Test
    void missingTablesAreEachAFailWithHowToCreateOrMapThemAndTheTimeToLiveNamesItsPrerequisite() {
        List<Diagnostic> lines = diagnose(environment(dynalite.endpoint()));

        assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
        assertThat(lines).extracting(Diagnostic::status)
                .containsExactly(Status.OK, Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL);
        assertThat(lines.get(3).message()).startsWith(prefix + "StoryWeave-Cache is missing")
                .contains("storyweave tables create").contains("DynamoDbStoryStore.ensureTables()")
                .contains("storyweave.dynamodb.cacheTable").contains("STORYWEAVE_DYNAMODB_CACHE_TABLE");
        assertThat(lines.get(4).message()).contains("time to live not checked").contains("cache table is missing");
    }

    @Test
    void aTableWithAnotherKeyIsAFailSayingWhatItHasAndWhatStoryWeaveNeeds() {
        tablesExist();
        try (DynamoDbClient admin = dynalite.newClient()) {
            admin.createTable(r -> r.tableName(prefix + "Legacy").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("profile_id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("profile_id").keyType(KeyType.HASH)));
        }
        Map<String, String> env = environment(dynalite.endpoint());
        env.put("STORYWEAVE_DYNAMODB_PROFILES_TABLE", "Legacy");

        List<Diagnostic> lines = diagnose(env);

        assertThat(lines.get(1).status()).isEqualTo(Status.FAIL);
        assertThat(lines.get(1).message()).contains(prefix + "Legacy exists but cannot be used").contains("profile_id")
                .contains("id (S, partition key only)").contains("storyweave.dynamodb.profilesTable");
        assertThat(lines.subList(2, 5)).extracting(Diagnostic::status).containsExactly(Status.OK, Status.OK, Status.WARN);
    }

    @ParameterizedTest(name = "time to live {0} on {1}")
    @CsvSource({
            "ENABLED, expiresAt, OK, time to live ENABLED on expiresAt",
            "ENABLING, expiresAt, OK, time to live ENABLING on expiresAt",
            "ENABLED, ttl, FAIL, storyweave.dynamodb.ttlAttribute=ttl",
            "DISABLING, expiresAt, WARN, time to live is DISABLING on expiresAt"})
    void theCacheTablesTimeToLiveIsJudgedAsTableCreationJudgesIt(String status, String attribute, Status expected,
                                                                  String says) {
        tablesExist();
        try (DynamoDbProxy dynamoDb = DynamoDbProxy.to(dynalite)) {
            dynamoDb.wire().stubFor(call(DESCRIBE_TTL).willReturn(ttlIs(status, attribute)));

            List<Diagnostic> lines = diagnose(environment(dynamoDb.endpoint()));

            assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
            assertThat(lines.get(4).status()).isEqualTo(expected);
            assertThat(lines.get(4).message()).contains(says);
            assertThat(lines.get(3).status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void aTableWhoseTimeToLiveIsOnItsOwnAttributeIsOkOnceStoryWeaveIsToldToUseIt() {
        tablesExist();
        try (DynamoDbProxy dynamoDb = DynamoDbProxy.to(dynalite)) {
            dynamoDb.wire().stubFor(call(DESCRIBE_TTL).willReturn(ttlIs("ENABLED", "ttl")));
            Map<String, String> env = environment(dynamoDb.endpoint());
            env.put("STORYWEAVE_DYNAMODB_TTL_ATTRIBUTE", "ttl");

            assertThat(diagnose(env).get(4)).isEqualTo(Diagnostic.ok("table cache", "time to live ENABLED on ttl"));
        }
    }

    @Test
    void anEndpointWithoutTimeToLiveIsAWarningNotAFailure() {
        tablesExist();
        try (DynamoDbProxy dynamoDb = DynamoDbProxy.to(dynalite)) {
            dynamoDb.wire().stubFor(call(DESCRIBE_TTL).willReturn(error(
                    "com.amazon.coral.service#UnknownOperationException", "An unknown operation was requested.")));

            Diagnostic ttl = diagnose(environment(dynamoDb.endpoint())).get(4);

            assertThat(ttl.status()).isEqualTo(Status.WARN);
            assertThat(ttl.message()).contains("not supported by this endpoint");
        }
    }

    @Test
    void anUnreachableEndpointIsOneFailWithTheFixAndEveryTableCheckStillReportedAsNotChecked() {
        DynaliteServer gone = DynaliteServer.start();
        gone.stop();
        long start = System.nanoTime();

        List<Diagnostic> lines = diagnose(environment(gone.endpoint()));

        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
        assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
        assertThat(lines).extracting(Diagnostic::status).containsOnly(Status.FAIL);
        assertThat(lines.get(0).message()).contains(gone.endpoint().toString()).contains("reachable")
                .contains("storyweave.dynamodb.endpoint");
        assertThat(lines.subList(1, 5)).extracting(Diagnostic::message)
                .allSatisfy(message -> assertThat(message).contains("not checked: DynamoDB cannot be reached"));
    }

    @Test
    void refusedCredentialsAreOneFailSayingSoWithoutQuotingAnyPartOfThem() {
        try (DynamoDbProxy dynamoDb = DynamoDbProxy.to(dynalite)) {
            // DynamoDB's signature error quotes the canonical request, security token and key id included.
            dynamoDb.wire().stubFor(call("DynamoDB_20120810.ListTables").willReturn(error(
                    "com.amazon.coral.service#InvalidSignatureException", "The request signature we calculated does"
                            + " not match the signature you provided. The canonical string for this request should"
                            + " have been 'POST / x-amz-security-token:" + SESSION_TOKEN + " host' and"
                            + " Credential=" + ACCESS_KEY_ID + "/20260101/us-east-1/dynamodb/aws4_request")));

            List<Diagnostic> lines = diagnose(environment(dynamoDb.endpoint()));

            assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
            assertThat(lines.get(0).status()).isEqualTo(Status.FAIL);
            assertThat(lines.get(0).message()).contains("InvalidSignatureException").contains("Check the AWS credentials");
            assertThat(lines.subList(1, 5)).extracting(Diagnostic::status).containsOnly(Status.FAIL);
            assertNoSecretIn(lines);
        }
    }

    @Test
    void unusableSettingsAreOneFailNamingTheSettingAndNothingIsCalled() {
        Map<String, String> env = environment(dynalite.endpoint());
        env.put("STORYWEAVE_DYNAMODB_CACHE_TABLE", "my cache!");

        List<Diagnostic> lines = diagnose(env);

        assertThat(lines).extracting(Diagnostic::topic).containsExactlyElementsOf(TOPICS);
        assertThat(lines).extracting(Diagnostic::status).containsOnly(Status.FAIL);
        assertThat(lines.get(0).message()).contains("storyweave.dynamodb.cacheTable").contains("\"" + prefix + "my cache!\"");
        assertThat(lines.get(1).message()).contains("not checked: the DynamoDB settings are invalid");
    }

    @Test
    void storyWeavesDiagnoseFindsTheStoreByNameAndReportsItsLines() {
        tablesExist();
        List<Diagnostic> lines = new ArrayList<>();

        boolean usable = StoryWeave.builder().provider(new ScriptedModelProvider()).store("dynamodb")
                .environment(environment(dynalite.endpoint())).diagnose(List.of(), lines::add);

        assertThat(usable).isTrue();
        assertThat(lines).extracting(Diagnostic::topic).containsSubsequence(TOPICS);
        assertNoSecretIn(lines);
    }
}
