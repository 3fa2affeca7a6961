package io.storyweave.examples.cli;

import io.storyweave.dynamodb.DynamoDbStoryStore;
import io.storyweave.dynamodb.DynamoDbTableStatus;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.util.List;
import java.util.Map;

/** The doctor's look at the DynamoDB tables: present, missing (with similarly named tables) or unusable. */
final class TableCheck {
    private TableCheck() {
    }

    static void run(Checkup checkup, Map<String, String> properties, AwsCredentialsProvider credentials, String region) {
        try (DynamoDbStoryStore store = StoreAdmin.open(properties, credentials)) {
            for (DynamoDbTableStatus table : store.tableStatus()) {
                report(checkup, table);
            }
        } catch (RuntimeException e) {
            checkup.add(Checkup.Status.FAIL, "tables", "could not list the DynamoDB tables in " + region + ": "
                    + e.getMessage());
        }
    }

    private static void report(Checkup checkup, DynamoDbTableStatus table) {
        String topic = "table " + table.role();
        if (!table.present()) {
            checkup.add(Checkup.Status.FAIL, topic, table.name() + " is missing" + similar(table.similarTables())
                    + "; run 'storyweave tables create', or map an existing table with " + table.configKey() + ".");
        } else if (!table.ready()) {
            checkup.add(Checkup.Status.FAIL, topic, table.name() + " is " + table.status()
                    + (table.problems().isEmpty() ? "" : ": " + String.join("; ", table.problems())));
        } else {
            checkup.add(Checkup.Status.OK, topic, table.name() + " " + table.status()
                    + (table.timeToLive() == null ? "" : ", TTL " + table.timeToLive()));
            if ("DISABLED".equals(table.timeToLive())) {
                checkup.add(Checkup.Status.WARN, topic, "time to live is off, so cached stories never expire: enable"
                        + " TTL on attribute expiresAt ('storyweave tables create' does it where the endpoint supports it).");
            }
        }
    }

    static String similar(List<String> names) {
        return names.isEmpty() ? "" : " (similarly named: " + String.join(", ", names) + ")";
    }
}
