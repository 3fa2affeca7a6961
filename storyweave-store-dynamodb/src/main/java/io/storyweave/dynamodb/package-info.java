/**
 * The DynamoDB store plugin: {@link io.storyweave.dynamodb.DynamoDbStoryStore} keeps profiles,
 * stories and the shared story cache (level 2, with cross-instance leases) in three DynamoDB
 * tables, and {@link io.storyweave.dynamodb.DynamoDbStoreFactory} registers it under the name
 * {@code dynamodb}.
 */
package io.storyweave.dynamodb;
