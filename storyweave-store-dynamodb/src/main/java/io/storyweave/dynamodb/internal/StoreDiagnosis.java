package io.storyweave.dynamodb.internal;

import io.storyweave.Diagnostic;
import io.storyweave.StorageException;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.dynamodb.DynamoDbTableStatus;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The DynamoDB store's self-check, for {@code storyweave doctor} and
 * {@code StoryWeave.Builder.diagnose}: whether DynamoDB can be reached with the configured
 * credentials, region and endpoint, whether each table exists with the key and index StoryWeave
 * needs, and whether the cache table's time to live is on StoryWeave's attribute. It reads and
 * changes nothing but the tables' descriptions.
 *
 * <p>The list of lines is always the same: one {@code dynamodb} line, one line for each table,
 * and one for the cache table's time to live. A check whose prerequisite failed is still
 * reported, as a FAIL that names the prerequisite, so the list never silently shrinks. Every
 * message passes through {@link Secrets#redact}.
 */
public final class StoreDiagnosis {
    /** The topic of the line that says whether DynamoDB can be reached. */
    public static final String REACH_TOPIC = "dynamodb";
    private static final String ROLE_WITH_TTL = "cache";
    private static final String CREATE_FIX = "'storyweave tables create' or DynamoDbStoryStore.ensureTables()";

    private final Consumer<Diagnostic> report;

    private StoreDiagnosis(Consumer<Diagnostic> report) {
        this.report = finding -> report.accept(new Diagnostic(finding.status(), finding.topic(),
                Secrets.redact(finding.message())));
    }

    /**
     * Runs every check and reports each line as soon as it is known. Never throws for a setup problem.
     *
     * @param config the configuration the store would be created with
     * @param report receives each line
     */
    public static void run(PluginConfig config, Consumer<Diagnostic> report) {
        new StoreDiagnosis(report).run(config);
    }

    private void run(PluginConfig config) {
        StoreSettings settings;
        try {
            settings = StoreSettings.resolve(config, StoreSettings.Given.NOTHING);
        } catch (StoryWeaveConfigException e) {
            report.accept(Diagnostic.fail(REACH_TOPIC, e.getMessage()));
            notChecked(List.of("profiles", "stories", ROLE_WITH_TTL), "the DynamoDB settings are invalid (see the "
                    + REACH_TOPIC + " line)");
            return;
        }
        Clients.Connection connection;
        try {
            connection = Clients.create(config, null, null, null, settings.attemptTimeout());
        } catch (StoryWeaveConfigException e) {
            report.accept(Diagnostic.fail(REACH_TOPIC, e.getMessage()));
            notChecked(roles(settings), "DynamoDB cannot be reached (see the " + REACH_TOPIC + " line)");
            return;
        }
        try {
            TableAdmin admin = new TableAdmin(connection.client(), settings.tables(),
                    new AwsFailures(connection.where()), settings.tableWaitTimeout());
            Optional<List<String>> existing = reach(connection, admin);
            if (existing.isEmpty()) {
                notChecked(roles(settings), "DynamoDB cannot be reached (see the " + REACH_TOPIC + " line)");
                return;
            }
            for (TableSpec spec : settings.tables()) {
                checkTable(admin, spec, existing.get());
            }
        } finally {
            connection.close();
        }
    }

    /** @return every table's name, or empty when DynamoDB cannot be reached (reported) */
    private Optional<List<String>> reach(Clients.Connection connection, TableAdmin admin) {
        String accessKey;
        try {
            accessKey = Secrets.maskAccessKeyId(connection.credentials().resolveCredentials().accessKeyId());
        } catch (SdkException e) {
            report.accept(Diagnostic.fail(REACH_TOPIC, "no AWS credentials were found for DynamoDB ("
                    + connection.where() + "): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, name a profile with"
                    + " AWS_PROFILE, or run with an instance or container role."));
            return Optional.empty();
        }
        try {
            List<String> tables = admin.listTables();
            report.accept(Diagnostic.ok(REACH_TOPIC, "answers at " + connection.where() + " with access key id "
                    + accessKey));
            return Optional.of(tables);
        } catch (StorageException e) {
            report.accept(Diagnostic.fail(REACH_TOPIC, e.getMessage()));
            return Optional.empty();
        }
    }

    private void checkTable(TableAdmin admin, TableSpec spec, List<String> existing) {
        TableAdmin.Inspection inspection;
        try {
            inspection = admin.inspect(spec, existing);
        } catch (StorageException e) {
            report.accept(Diagnostic.fail(topic(spec.role()), e.getMessage()));
            notCheckedTimeToLive(spec, "the " + spec.role() + " table could not be described (see above)");
            return;
        }
        DynamoDbTableStatus status = inspection.status();
        String topic = topic(spec.role());
        if (!status.present()) {
            report.accept(Diagnostic.fail(topic, status.name() + " is missing" + similar(status.similarTables())
                    + "; create it with " + CREATE_FIX + " (or set storyweave.dynamodb.createTablesIfMissing=true),"
                    + " or map an existing table with " + mapping(status) + "."));
            notCheckedTimeToLive(spec, "the cache table is missing (see above)");
        } else if (!inspection.keyProblems().isEmpty()) {
            report.accept(Diagnostic.fail(topic, status.name() + " exists but cannot be used: "
                    + String.join("; ", inspection.keyProblems()) + ". Map " + mapping(status)
                    + " to a StoryWeave table, or delete this one and run " + CREATE_FIX + "."));
            notCheckedTimeToLive(spec, "the cache table cannot be used (see above)");
        } else {
            boolean usable = "ACTIVE".equals(status.status()) || "UPDATING".equals(status.status());
            report.accept(usable ? Diagnostic.ok(topic, status.name() + " " + status.status() + ", key "
                    + spec.hashKey() + " (S)" + (spec.storiesIndex() ? ", index " + TableAdmin.STORIES_INDEX : ""))
                    : Diagnostic.fail(topic, status.name() + " is " + status.status() + ": wait until it is ACTIVE"
                    + " ('storyweave tables status' shows it)"));
            if (spec.ttlAttribute() != null) {
                report.accept(timeToLive(spec, inspection));
            }
        }
    }

    /** Judges the cache table's time to live as {@link TimeToLive} and {@link TableAdmin} do. */
    private static Diagnostic timeToLive(TableSpec spec, TableAdmin.Inspection inspection) {
        String topic = topic(spec.role());
        TimeToLive.State ttl = inspection.timeToLive();
        if (inspection.ttlConflict().isPresent()) {
            return Diagnostic.fail(topic, inspection.ttlConflict().get());
        }
        if (ttl.activeOn(spec.ttlAttribute())) {
            return Diagnostic.ok(topic, "time to live " + ttl);
        }
        if (!ttl.supported()) {
            return Diagnostic.warn(topic, "time to live is not supported by this endpoint (a local stand-in?):"
                    + " expired cached stories and abandoned leases are ignored on read but never deleted.");
        }
        return Diagnostic.warn(topic, "time to live is " + ttl + ", so DynamoDB never deletes expired cached stories"
                + " and abandoned leases (reads ignore them): turn it on for \"" + spec.ttlAttribute() + "\" with "
                + CREATE_FIX + ".");
    }

    private void notChecked(List<String> roles, String prerequisite) {
        for (String role : roles) {
            report.accept(Diagnostic.fail(topic(role), "not checked: " + prerequisite + "."));
            if (ROLE_WITH_TTL.equals(role)) {
                report.accept(Diagnostic.fail(topic(role), "time to live not checked: " + prerequisite + "."));
            }
        }
    }

    private void notCheckedTimeToLive(TableSpec spec, String prerequisite) {
        if (spec.ttlAttribute() != null) {
            report.accept(Diagnostic.fail(topic(spec.role()), "time to live not checked: " + prerequisite + "."));
        }
    }

    private static List<String> roles(StoreSettings settings) {
        return settings.tables().stream().map(TableSpec::role).toList();
    }

    private static String topic(String role) {
        return "table " + role;
    }

    private static String mapping(DynamoDbTableStatus status) {
        return status.configKey() + " (environment variable " + PluginConfig.environmentName(status.configKey()) + ")";
    }

    private static String similar(List<String> names) {
        return names.isEmpty() ? "" : " (similarly named: " + String.join(", ", names) + ")";
    }
}
