package io.storyweave.dynamodb.internal;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.NotFoundException;
import io.storyweave.ResultPage;
import io.storyweave.StorageException;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.StoryCodec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.storyweave.dynamodb.internal.StoreCalls.number;

/**
 * The profiles facet: one item per profile, keyed by its id, written only by conditional writes
 * (create if absent, update if at the expected version). A profile item also carries its
 * incarnation and, once a delete has begun, a deleting marker: see {@link ProfileLife} for why
 * story writes and listings consult both. Thread-safe.
 */
public final class ProfileTable implements ProfileStore {
    /** The key attribute (a string). */
    public static final String ID = "id";
    static final String VERSION = "version";
    static final String PROFILE = "profile";
    private static final List<String> PAGE_KEY = List.of(ID);

    private final StoreCalls calls;
    private final String table;
    private final StorySweep sweep;
    private final Clock clock;

    /**
     * @param calls the store's calls
     * @param table the profiles table
     * @param sweep deletes a deleted profile's stories
     * @param clock stamps the deleting marker
     */
    public ProfileTable(StoreCalls calls, TableSpec table, StorySweep sweep, Clock clock) {
        this.calls = calls;
        this.table = table.name();
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public void createProfile(ChildProfile profile) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(ID, AttributeValue.fromS(profile.id()),
                VERSION, number(profile.version()), PROFILE, AttributeValue.fromS(StoryCodec.toJson(profile))));
        item.put(ProfileLife.INCARNATION, AttributeValue.fromS(UUID.randomUUID().toString()));
        try {
            calls.client().putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID)));
        } catch (ConditionalCheckFailedException e) {
            if (life(profile.id()).state() == ProfileLife.State.DELETING) {
                throw new ConflictException("A profile with id " + profile.id() + " is still being deleted (a delete"
                        + " did not finish); delete it again to finish, then create it");
            }
            throw new ConflictException("A profile with id " + profile.id() + " already exists; choose another id, or"
                    + " read the existing profile and update it");
        } catch (SdkException e) {
            throw calls.failure("create profile " + profile.id(), table, e);
        }
    }

    @Override
    public Optional<ChildProfile> getProfile(String id) {
        return calls.getItem("read profile " + id, table, key(id))
                .filter(item -> !item.containsKey(ProfileLife.DELETING))
                .map(ProfileTable::profileOf);
    }

    @Override
    public void updateProfile(ChildProfile profile, long expectedVersion) {
        try {
            // An update, not a put: the incarnation stays, and a profile being deleted is not brought back.
            calls.client().updateItem(r -> r.tableName(table).key(key(profile.id()))
                    .updateExpression("SET #v = :v, #p = :p")
                    .conditionExpression("attribute_exists(#id) AND #v = :expected AND attribute_not_exists(#del)")
                    .expressionAttributeNames(Map.of("#id", ID, "#v", VERSION, "#p", PROFILE,
                            "#del", ProfileLife.DELETING))
                    .expressionAttributeValues(Map.of(":v", number(profile.version()),
                            ":p", AttributeValue.fromS(StoryCodec.toJson(profile)), ":expected", number(expectedVersion))));
        } catch (ConditionalCheckFailedException e) {
            // The condition does not say which part failed; one read tells missing from stale.
            ChildProfile stored = getProfile(profile.id()).orElseThrow(() -> new NotFoundException("profileId",
                    "No profile with id " + profile.id() + " exists; create it first"));
            throw new ConflictException("Profile " + profile.id() + " was changed by someone else: it is at version "
                    + stored.version() + ", the update was based on version " + expectedVersion
                    + ". Read it again, re-apply the change and retry.");
        } catch (SdkException e) {
            throw calls.failure("update profile " + profile.id(), table, e);
        }
    }

    @Override
    public boolean deleteProfile(String id) {
        // Marked first: from here on the profile reads as absent and a story write for it fails or
        // removes its own story, so no writer can slip a story in behind the sweep below.
        if (!markDeleting(id)) {
            return false;
        }
        // Stories next: if this fails half-way the marked profile remains, so deleting again finishes the job.
        sweep.deleteStoriesOf(id);
        // When the condition fails, a concurrent delete of the same profile finished first.
        calls.writeIf("delete profile " + id, table, () -> calls.client().deleteItem(r -> r.tableName(table)
                .key(key(id))
                .conditionExpression("attribute_exists(#del)")
                .expressionAttributeNames(Map.of("#del", ProfileLife.DELETING))));
        return true;
    }

    /** @return whether the profile existed and is now marked */
    private boolean markDeleting(String id) {
        return calls.writeIf("delete profile " + id, table, () -> calls.client().updateItem(r -> r.tableName(table)
                .key(key(id))
                .updateExpression("SET #del = :now")
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(Map.of("#id", ID, "#del", ProfileLife.DELETING))
                .expressionAttributeValues(Map.of(":now", number(clock.millis())))));
    }

    @Override
    public ResultPage<ChildProfile> listProfiles(int limit, String pageToken) {
        Map<String, AttributeValue> start = PageTokens.decode(pageToken, PAGE_KEY);
        return FilteredPages.read(calls, "list profiles", table, limit, start, from -> {
            ScanResponse response = calls.client().scan(r -> r.tableName(table).limit(limit + 1).consistentRead(true)
                    .exclusiveStartKey(from)
                    .filterExpression("attribute_not_exists(#del)")
                    .expressionAttributeNames(Map.of("#del", ProfileLife.DELETING)));
            return new FilteredPages.Batch(response.items(), response.lastEvaluatedKey());
        }, PAGE_KEY, ProfileTable::profileOf);
    }

    /**
     * A strongly consistent read of where a profile is in its life, for story writes and listings.
     *
     * @param id the profile id
     * @return absent, deleting, or live with its incarnation
     */
    ProfileLife life(String id) {
        return ProfileLife.of(calls.getItem("read profile " + id, table, key(id)));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(ID, AttributeValue.fromS(id));
    }

    private static ChildProfile profileOf(Map<String, AttributeValue> item) {
        AttributeValue json = item.get(PROFILE);
        if (json == null || json.s() == null) {
            throw new StorageException("Profile item " + item.get(ID) + " has no " + PROFILE + " attribute; the profiles"
                    + " table holds items StoryWeave did not write (check storyweave.dynamodb.profilesTable)", null);
        }
        return StoryCodec.profileFromJson(json.s());
    }
}
