package io.storyweave.dynamodb.internal;

import io.storyweave.ResultPage;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.spi.StoryLibrary;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stories facet: one item per story, keyed by its id, holding the story as
 * {@link StoryPayload} (compressed when large); stories of a profile are also keyed into
 * {@link StoriesIndex} for the profile's library. Reads by id are strongly consistent; listings
 * read the index and are eventually consistent. Listing every profile's stories is a Scan of the
 * table restricted to items of a live profile (its reads grow with the whole table, templates
 * included), continuing after the last story shown. Thread-safe.
 */
public final class StoryTable implements StoryLibrary {
    /** The key attribute (a string). */
    public static final String ID = "id";
    private static final List<String> PAGE_KEY = List.of(ID, TableAdmin.PROFILE_ID, TableAdmin.CREATED_KEY);
    /** A scan continues after a story id alone, so its tokens hold one part and never pass for a profile's. */
    private static final List<String> SCAN_KEY = List.of(ID);

    private final StoreCalls calls;
    private final String table;
    private final ProfileTable profiles;

    /**
     * @param calls    the store's calls
     * @param table    the stories table
     * @param profiles the profiles a story of a profile is written for
     */
    public StoryTable(StoreCalls calls, TableSpec table, ProfileTable profiles) {
        this.calls = calls;
        this.table = table.name();
        this.profiles = profiles;
    }

    /**
     * Without transactions (not every DynamoDB-compatible endpoint has them) a story of a profile
     * is written between two consistent reads of the profile. The delete marks the profile before
     * it sweeps, so if the second read still finds the same live profile, the story landed before
     * the marking and the sweep removes it; otherwise this writer removes it itself.
     */
    @Override
    public void putStory(Story story) {
        Map<String, AttributeValue> item = new HashMap<>(StoryPayload.encode(story));
        item.put(ID, AttributeValue.fromS(story.id()));
        String profileId = story.request().profileId();
        if (profileId == null) {
            write(story, item);
            return;
        }
        ProfileLife before = profiles.life(profileId);
        if (!before.live()) {
            throw StoryLibrary.noProfileFor(story);
        }
        // Only stories of a profile enter the (sparse) index; shared templates stay out of listings.
        item.put(TableAdmin.PROFILE_ID, AttributeValue.fromS(profileId));
        item.put(TableAdmin.CREATED_KEY, AttributeValue.fromS(StoriesIndex.createdKey(story)));
        if (before.incarnation() != null) {
            item.put(ProfileLife.PROFILE_INCARNATION, AttributeValue.fromS(before.incarnation()));
        }
        write(story, item);
        if (!before.stillLiveAs(profiles.life(profileId))) {
            removeStoryOfGoneProfile(story);
            throw StoryLibrary.noProfileFor(story);
        }
    }

    private void write(Story story, Map<String, AttributeValue> item) {
        try {
            calls.client().putItem(r -> r.tableName(table).item(item));
        } catch (SdkException e) {
            throw calls.failure("write story " + story.id(), table, e);
        }
    }

    private void removeStoryOfGoneProfile(Story story) {
        try {
            calls.client().deleteItem(r -> r.tableName(table).key(Map.of(ID, AttributeValue.fromS(story.id()))));
        } catch (SdkException e) {
            throw new StorageException("Story " + story.id() + " was written while profile "
                    + story.request().profileId() + " was being deleted, and removing it again failed: "
                    + calls.failures().describe("delete story " + story.id(), table, e) + " It is not listed in any"
                    + " profile's library.", e);
        }
    }

    @Override
    public Optional<Story> getStory(String id) {
        return calls.getItem("read story " + id, table, Map.of(ID, AttributeValue.fromS(id)))
                .map(item -> StoryPayload.decode(item, table));
    }

    @Override
    public ResultPage<Story> listStories(String profileId, int limit, String pageToken) {
        Map<String, AttributeValue> start = PageTokens.decode(pageToken, PAGE_KEY);
        if (start != null && !profileId.equals(start.get(TableAdmin.PROFILE_ID).s())) {
            throw PageTokens.invalid(pageToken);
        }
        ProfileLife life = profiles.life(profileId);
        if (!life.live()) {
            return new ResultPage<>(List.of(), null);
        }
        // Stories an earlier profile with this id left behind (a delete's sweep missed them) carry another incarnation.
        String sameLife = life.incarnation() == null ? "attribute_not_exists(#inc)" : "#inc = :inc";
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", AttributeValue.fromS(profileId)));
        if (life.incarnation() != null) {
            values.put(":inc", AttributeValue.fromS(life.incarnation()));
        }
        return FilteredPages.read(calls, "list stories of profile " + profileId, table, limit, start, from -> {
            QueryResponse response = calls.client().query(StoriesIndex.newestFirst(table, profileId).limit(limit + 1)
                    .exclusiveStartKey(from)
                    .filterExpression(sameLife)
                    .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID, "#inc", ProfileLife.PROFILE_INCARNATION))
                    .expressionAttributeValues(values).build());
            return new FilteredPages.Batch(response.items(), response.lastEvaluatedKey());
        }, PAGE_KEY, item -> StoryPayload.decode(item, table));
    }

    /**
     * A Scan of the stories table keeping only stories of a profile that is live in the same
     * incarnation (so what a profile's deletion has not swept yet is not shown), in the table's own
     * order; the page token is the id of the last story shown.
     */
    @Override
    public ResultPage<Story> listAllStories(int limit, String pageToken) {
        Map<String, AttributeValue> start = PageTokens.decode(pageToken, SCAN_KEY);
        Map<String, ProfileLife> lives = new HashMap<>();
        return FilteredPages.read(calls, "list stories", table, limit, start, from -> {
            ScanResponse response = calls.client().scan(r -> r.tableName(table).limit(limit + 1).exclusiveStartKey(from)
                    .consistentRead(true));
            // A story without a profile is listed as it is; a profile's only while that profile lives.
            List<Map<String, AttributeValue>> listed = response.items().stream()
                    .filter(item -> !item.containsKey(TableAdmin.PROFILE_ID) || ofLiveProfile(item, lives)).toList();
            return new FilteredPages.Batch(listed, response.lastEvaluatedKey());
        }, SCAN_KEY, item -> StoryPayload.decode(item, table));
    }

    private boolean ofLiveProfile(Map<String, AttributeValue> item, Map<String, ProfileLife> lives) {
        ProfileLife life = lives.computeIfAbsent(item.get(TableAdmin.PROFILE_ID).s(), profiles::life);
        AttributeValue incarnation = item.get(ProfileLife.PROFILE_INCARNATION);
        return life.live() && Objects.equals(life.incarnation(), incarnation == null ? null : incarnation.s());
    }

    @Override
    public boolean deleteStory(String id) {
        try {
            Map<String, AttributeValue> old = calls.client().deleteItem(r -> r.tableName(table)
                    .key(Map.of(ID, AttributeValue.fromS(id))).returnValues(ReturnValue.ALL_OLD)).attributes();
            return !old.isEmpty();
        } catch (SdkException e) {
            throw calls.failure("delete story " + id, table, e);
        }
    }
}
