/** Implementation details of the DynamoDB store; not an API, may change in any release. */
package io.storyweave.dynamodb.internal;
