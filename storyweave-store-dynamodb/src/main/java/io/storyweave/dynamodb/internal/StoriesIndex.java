package io.storyweave.dynamodb.internal;

import io.storyweave.Story;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.Map;

/**
 * The stories table's index of each profile's library, newest first ({@link TableAdmin#STORIES_INDEX}).
 * Only stories of a profile carry its keys, so shared templates stay out of every listing. Like
 * every DynamoDB global secondary index it is updated a moment after the write and cannot be read
 * consistently.
 */
final class StoriesIndex {
    private StoriesIndex() {
    }

    /**
     * @param table     the stories table
     * @param profileId the profile
     * @return a query of that profile's stories, newest first, to be completed by the caller
     */
    static QueryRequest.Builder newestFirst(String table, String profileId) {
        return QueryRequest.builder().tableName(table).indexName(TableAdmin.STORIES_INDEX)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", TableAdmin.PROFILE_ID))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(profileId)))
                .scanIndexForward(false);
    }

    /**
     * @param story a story
     * @return its creation time as fixed-width text, so that text order is time order; the id breaks ties
     */
    static String createdKey(Story story) {
        Instant at = story.createdAt();
        return String.format("%012d.%09d#%s", at.getEpochSecond(), at.getNano(), story.id());
    }
}
