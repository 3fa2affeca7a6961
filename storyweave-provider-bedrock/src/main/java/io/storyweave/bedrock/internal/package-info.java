/** Implementation details of the Bedrock provider; not an API, may change without notice. */
package io.storyweave.bedrock.internal;
