package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.DynamoDbTableStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks, describes and creates the store's tables. Creation is idempotent and safe to run from
 * several instances at once: a table another instance is creating is simply waited for.
 */
public final class TableAdmin {
    /** The stories-by-profile index: profileId, then newest-first sortable {@link #CREATED_KEY}. */
    public static final String STORIES_INDEX = "profileId-createdKey-index";
    /** Index partition key on the stories table. */
    public static final String PROFILE_ID = "profileId";
    /** Index sort key on the stories table: creation time, sortable as text, then the id. */
    public static final String CREATED_KEY = "createdKey";
    /**
     * Epoch-seconds expiry attribute of the cache table: the one StoryWeave reads, and by default
     * the table's DynamoDB TTL attribute.
     */
    public static final String EXPIRES_AT = "expiresAt";

    private static final Logger LOG = LoggerFactory.getLogger(TableAdmin.class);
    private static final long POLL_MILLIS = 100;

    private final DynamoDbClient client;
    private final List<TableSpec> tables;
    private final AwsFailures failures;
    private final Duration waitTimeout;
    private final TimeToLive timeToLive;

    /**
     * @param client      the client
     * @param tables      the store's tables
     * @param failures    error wording
     * @param waitTimeout how long to wait for tables to become ACTIVE
     */
    public TableAdmin(DynamoDbClient client, List<TableSpec> tables, AwsFailures failures, Duration waitTimeout) {
        this.client = client;
        this.tables = List.copyOf(tables);
        this.failures = failures;
        this.waitTimeout = waitTimeout;
        this.timeToLive = new TimeToLive(client, failures);
    }

    /**
     * What one table looks like.
     *
     * @param status      what {@link #status()} reports for it
     * @param keyProblems what is wrong with its key schema or index, each with what StoryWeave needs
     * @param timeToLive  for a table with a TTL attribute that exists, its TTL state; otherwise {@code null}
     * @param ttlConflict what is wrong when its TTL is on another attribute than StoryWeave's, with both ways out
     */
    public record Inspection(DynamoDbTableStatus status, List<String> keyProblems, TimeToLive.State timeToLive,
                             Optional<String> ttlConflict) {
        /** Copies the list. */
        public Inspection {
            keyProblems = List.copyOf(keyProblems);
        }
    }

    /** @return the state of each table, in the order profiles, stories, cache */
    public List<DynamoDbTableStatus> status() {
        return inspectAll().stream().map(Inspection::status).toList();
    }

    private List<Inspection> inspectAll() {
        List<String> existing = listTables();
        return tables.stream().map(spec -> inspect(spec, existing)).toList();
    }

    /**
     * Looks at one table without changing anything.
     *
     * @param spec     the table
     * @param existing every table in the account and region, from {@link #listTables()}, for similar names
     * @return what it looks like
     * @throws StorageException when DynamoDB cannot be asked
     */
    public Inspection inspect(TableSpec spec, List<String> existing) {
        List<String> similar = SimilarNames.find(spec.name(), roleWord(spec), existing);
        Optional<TableDescription> description = describe(spec);
        if (description.isEmpty()) {
            return new Inspection(new DynamoDbTableStatus(spec.role(), spec.name(), spec.configKey(),
                    DynamoDbTableStatus.MISSING, List.of(), similar, null), List.of(), null, Optional.empty());
        }
        TableDescription table = description.get();
        List<String> keyProblems = problems(spec, table);
        TimeToLive.State ttl = spec.ttlAttribute() == null ? null : timeToLive.describe(spec);
        Optional<String> ttlConflict = ttl == null ? Optional.empty() : TimeToLive.conflict(spec, ttl);
        List<String> all = new ArrayList<>(keyProblems);
        ttlConflict.ifPresent(all::add);
        return new Inspection(new DynamoDbTableStatus(spec.role(), spec.name(), spec.configKey(),
                table.tableStatusAsString(), all, similar, ttl == null ? null : ttl.toString()), keyProblems, ttl,
                ttlConflict);
    }

    /**
     * Checks every table exists with the right keys, waiting for ones still being created.
     *
     * @throws StoryWeaveConfigException naming each missing or wrong table and how to fix it
     */
    public void verify() {
        List<Inspection> inspections = inspectAll();
        List<String> errors = new ArrayList<>();
        boolean anyMissing = false;
        for (Inspection inspection : inspections) {
            DynamoDbTableStatus status = inspection.status();
            if (!status.present()) {
                anyMissing = true;
                errors.add("The " + status.role() + " table \"" + status.name() + "\" does not exist"
                        + (status.similarTables().isEmpty() ? "" : "; existing tables with similar names: "
                        + String.join(", ", status.similarTables())) + ". To use an existing table set "
                        + status.configKey() + " (environment variable "
                        + io.storyweave.spi.PluginConfig.environmentName(status.configKey()) + ").");
            } else if (!inspection.keyProblems().isEmpty()) {
                errors.add("The " + status.role() + " table \"" + status.name() + "\" exists but cannot be used: "
                        + String.join("; ", inspection.keyProblems()) + ". Map " + status.configKey()
                        + " to a StoryWeave table, or delete this one and let StoryWeave create it.");
            } else {
                inspection.ttlConflict().ifPresent(conflict ->
                        errors.add("The " + status.role() + " table \"" + status.name() + "\": " + conflict));
            }
        }
        if (!errors.isEmpty()) {
            throw new StoryWeaveConfigException("The DynamoDB store (" + failures.where() + ") is not ready. "
                    + String.join(" ", errors) + (anyMissing ? " To create the missing tables, set"
                    + " storyweave.dynamodb.createTablesIfMissing=true (or builder createTablesIfMissing(true)), call"
                    + " DynamoDbStoryStore.ensureTables(), or run `storyweave tables create`." : ""));
        }
        waitUntilActive(inspections.stream().map(Inspection::status).filter(s -> !s.ready())
                .map(DynamoDbTableStatus::name).toList());
    }

    /**
     * Creates missing tables (on-demand billing), waits until all are ACTIVE, and turns on TTL
     * for the cache table where the endpoint supports it.
     *
     * @return the names of the tables it created
     * @throws StoryWeaveConfigException when an existing table has the wrong keys, or its TTL is on another attribute
     */
    public List<String> ensure() {
        List<String> created = new ArrayList<>();
        for (TableSpec spec : tables) {
            Optional<TableDescription> description = describe(spec);
            if (description.isPresent()) {
                List<String> problems = problems(spec, description.get());
                if (!problems.isEmpty()) {
                    throw new StoryWeaveConfigException("The " + spec.role() + " table \"" + spec.name() + "\" exists"
                            + " but cannot be used: " + String.join("; ", problems) + ". Map " + spec.configKey()
                            + " to another name, or delete this table and let StoryWeave create it.");
                }
                continue;
            }
            if (create(spec)) {
                created.add(spec.name());
            }
        }
        waitUntilActive(tables.stream().map(TableSpec::name).toList());
        for (TableSpec spec : tables) {
            if (spec.ttlAttribute() != null) {
                timeToLive.enable(spec);
            }
        }
        return created;
    }

    private boolean create(TableSpec spec) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        attributes.add(stringAttribute(spec.hashKey()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(spec.name())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key(spec.hashKey(), KeyType.HASH));
        if (spec.storiesIndex()) {
            attributes.add(stringAttribute(PROFILE_ID));
            attributes.add(stringAttribute(CREATED_KEY));
            request.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                    .indexName(STORIES_INDEX)
                    .keySchema(key(PROFILE_ID, KeyType.HASH), key(CREATED_KEY, KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        request.attributeDefinitions(attributes);
        try {
            client.createTable(request.build());
            LOG.info("Created DynamoDB table {} ({} table)", spec.name(), spec.role());
            return true;
        } catch (ResourceInUseException e) {
            // Another instance created it between our describe and create: just wait for it.
            return false;
        } catch (SdkException e) {
            throw failures.storage("create the " + spec.role() + " table", spec.name(), e);
        }
    }

    private void waitUntilActive(List<String> names) {
        long deadline = System.nanoTime() + waitTimeout.toNanos();
        for (String name : names) {
            while (true) {
                TableDescription table = describe(name)
                        .orElseThrow(() -> new StorageException("DynamoDB table " + name + " disappeared while StoryWeave"
                                + " waited for it to become ACTIVE; was it deleted? Run `storyweave tables status`.", null));
                if (active(table)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new StorageException("DynamoDB table " + name + " is still " + table.tableStatusAsString()
                            + " after " + waitTimeout.toSeconds() + " s; wait and try again, or check it in the AWS"
                            + " console.", null);
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("Interrupted while waiting for DynamoDB table " + name, e);
                }
            }
        }
    }

    private static boolean active(TableDescription table) {
        String status = table.tableStatusAsString();
        if (!"ACTIVE".equals(status) && !"UPDATING".equals(status)) {
            return false;
        }
        return !table.hasGlobalSecondaryIndexes() || table.globalSecondaryIndexes().stream()
                .allMatch(index -> "ACTIVE".equals(index.indexStatusAsString()));
    }

    private List<String> problems(TableSpec spec, TableDescription table) {
        List<String> problems = new ArrayList<>();
        String expectedKey = spec.hashKey() + " (S, partition key only)";
        Map<String, String> types = table.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
        List<KeySchemaElement> keys = table.keySchema();
        if (keys.size() != 1 || !spec.hashKey().equals(keys.get(0).attributeName())
                || !"S".equals(types.get(spec.hashKey()))) {
            problems.add("its key is " + describeKeys(keys, types) + ", StoryWeave needs " + expectedKey);
        }
        if (spec.storiesIndex()) {
            Optional<GlobalSecondaryIndexDescription> index = !table.hasGlobalSecondaryIndexes() ? Optional.empty()
                    : table.globalSecondaryIndexes().stream().filter(i -> STORIES_INDEX.equals(i.indexName())).findFirst();
            if (index.isEmpty()) {
                problems.add("it has no global secondary index " + STORIES_INDEX + " (" + PROFILE_ID + " HASH, "
                        + CREATED_KEY + " RANGE, projection ALL)");
            } else if (index.get().projection() == null
                    || index.get().projection().projectionType() != ProjectionType.ALL) {
                problems.add("its index " + STORIES_INDEX + " must project ALL attributes");
            }
        }
        return problems;
    }

    private static String describeKeys(List<KeySchemaElement> keys, Map<String, String> types) {
        return keys.stream().map(k -> k.attributeName() + " (" + types.get(k.attributeName()) + ", " + k.keyTypeAsString()
                + ")").collect(Collectors.joining(" + "));
    }

    private Optional<TableDescription> describe(TableSpec spec) {
        return describe(spec.name());
    }

    private Optional<TableDescription> describe(String name) {
        try {
            return Optional.of(client.describeTable(r -> r.tableName(name)).table());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failures.storage("describe the table", name, e);
        }
    }

    /**
     * @return the names of every table in the account and region
     * @throws StorageException when DynamoDB cannot be reached or refuses
     */
    public List<String> listTables() {
        try {
            List<String> names = new ArrayList<>();
            client.listTablesPaginator(r -> r.limit(100)).tableNames().forEach(names::add);
            return names;
        } catch (SdkException e) {
            throw failures.storage("list tables", null, e);
        }
    }

    private static String roleWord(TableSpec spec) {
        return switch (spec.role()) {
            case "profiles" -> "profile";
            case "stories" -> "stories";
            default -> spec.role();
        };
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
