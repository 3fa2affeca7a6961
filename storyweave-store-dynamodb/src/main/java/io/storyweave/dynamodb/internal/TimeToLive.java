package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.PluginConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

import java.util.Optional;

/**
 * DynamoDB's time to live on a table StoryWeave expires items in. A table has at most one TTL
 * attribute and DynamoDB refuses to move it in one step, so a table whose TTL is already on
 * another attribute is reported with the two ways out instead of failing on UpdateTimeToLive;
 * and turning TTL on is safe from several instances at once.
 */
public final class TimeToLive {
    /** The setting naming the attribute the table's TTL is on. */
    public static final String KEY_ATTRIBUTE = "storyweave.dynamodb.ttlAttribute";

    private static final Logger LOG = LoggerFactory.getLogger(TimeToLive.class);
    private static final String UNKNOWN_OPERATION = "UnknownOperationException";

    /**
     * What DescribeTimeToLive says.
     *
     * @param status    {@code ENABLED}, {@code ENABLING}, {@code DISABLING}, {@code DISABLED}, or {@code null}
     *                  when the endpoint has no TTL at all
     * @param attribute the attribute it is on, or {@code null}
     */
    public record State(String status, String attribute) {
        static final State UNSUPPORTED = new State(null, null);

        /** @return whether the endpoint knows TTL */
        public boolean supported() {
            return status != null;
        }

        boolean activeOn(String name) {
            return active() && name.equals(attribute);
        }

        private boolean active() {
            return "ENABLED".equals(status) || "ENABLING".equals(status);
        }

        /** @return e.g. {@code ENABLED on expiresAt}, {@code DISABLED}, {@code not supported by this endpoint} */
        @Override
        public String toString() {
            if (!supported()) {
                return "not supported by this endpoint";
            }
            return attribute == null ? status : status + " on " + attribute;
        }
    }

    private final DynamoDbClient client;
    private final AwsFailures failures;

    /**
     * @param client   the client
     * @param failures error wording
     */
    public TimeToLive(DynamoDbClient client, AwsFailures failures) {
        this.client = client;
        this.failures = failures;
    }

    /**
     * @param spec a table with a TTL attribute
     * @return its TTL state
     * @throws StorageException when DynamoDB cannot be asked
     */
    public State describe(TableSpec spec) {
        try {
            TimeToLiveDescription ttl = client.describeTimeToLive(r -> r.tableName(spec.name())).timeToLiveDescription();
            if (ttl == null || ttl.timeToLiveStatus() == null) {
                return new State("DISABLED", null);
            }
            return new State(ttl.timeToLiveStatusAsString(), ttl.attributeName());
        } catch (DynamoDbException e) {
            if (UNKNOWN_OPERATION.equals(AwsFailures.code(e))) {
                return State.UNSUPPORTED;
            }
            throw failures.storage("describe TTL", spec.name(), e);
        } catch (SdkException e) {
            throw failures.storage("describe TTL", spec.name(), e);
        }
    }

    /**
     * @param spec  a table with a TTL attribute
     * @param state its TTL state
     * @return what is wrong when its TTL is on another attribute than StoryWeave's, with both ways out
     */
    public static Optional<String> conflict(TableSpec spec, State state) {
        if (!state.active() || spec.ttlAttribute().equals(state.attribute())) {
            return Optional.empty();
        }
        return Optional.of("its time to live is already " + state.status() + " on attribute \"" + state.attribute()
                + "\", while StoryWeave is set to expire its items through \"" + spec.ttlAttribute() + "\" (DynamoDB"
                + " allows one TTL attribute per table). Keep yours: set " + KEY_ATTRIBUTE + "=" + state.attribute()
                + " (environment variable " + PluginConfig.environmentName(KEY_ATTRIBUTE) + ") and StoryWeave writes \""
                + state.attribute() + "\" on its items too. Or switch the table to \"" + spec.ttlAttribute()
                + "\": disable its TTL, then run 'storyweave tables create' or ensureTables() (DynamoDB allows one TTL"
                + " change per table per hour).");
    }

    /**
     * Turns TTL on for the table's attribute unless it already is (or is being turned on, perhaps
     * by another instance at this moment).
     *
     * @param spec a table with a TTL attribute
     * @throws StoryWeaveConfigException when the table's TTL is on another attribute
     * @throws StorageException          when DynamoDB refuses or fails for another reason
     */
    public void enable(TableSpec spec) {
        State current = describe(spec);
        if (!current.supported() || current.activeOn(spec.ttlAttribute())) {
            return;
        }
        failOnConflict(spec, current);
        try {
            client.updateTimeToLive(r -> r.tableName(spec.name())
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName(spec.ttlAttribute())));
            LOG.info("Enabled TTL on {} (attribute {})", spec.name(), spec.ttlAttribute());
        } catch (DynamoDbException e) {
            String code = AwsFailures.code(e);
            if (UNKNOWN_OPERATION.equals(code)) {
                // Local stand-ins (dynalite) lack TTL; reads ignore expired items anyway.
                LOG.warn("No TTL on this endpoint ({}): expired cache items in {} are ignored on read but not deleted",
                        failures.where(), spec.name());
                return;
            }
            if (!"ValidationException".equals(code)) {
                throw failures.storage("enable TTL on attribute " + spec.ttlAttribute(), spec.name(), e);
            }
            // Refused because of the state TTL is in ("already enabled", or "modified multiple times
            // within a fixed interval" while another instance's change is ENABLING): the state decides.
            State now = describe(spec);
            if (now.activeOn(spec.ttlAttribute())) {
                LOG.info("TTL on {} (attribute {}) was turned on by another instance meanwhile", spec.name(),
                        spec.ttlAttribute());
                return;
            }
            failOnConflict(spec, now);
            throw new StorageException("DynamoDB (" + failures.where() + ") refused to turn on TTL for attribute "
                    + spec.ttlAttribute() + " of table " + spec.name() + ": " + failures.reason(e) + ". Its TTL is "
                    + now + "; DynamoDB allows one TTL change per table per hour, so run 'storyweave tables create'"
                    + " (or ensureTables()) again later.", e);
        } catch (SdkException e) {
            throw failures.storage("enable TTL on attribute " + spec.ttlAttribute(), spec.name(), e);
        }
    }

    private void failOnConflict(TableSpec spec, State state) {
        conflict(spec, state).ifPresent(problem -> {
            throw new StoryWeaveConfigException("The " + spec.role() + " table \"" + spec.name() + "\" ("
                    + failures.where() + "): " + problem);
        });
    }
}
