/**
 * The Bedrock model provider: Claude through the Converse and ConverseStream APIs of AWS Bedrock
 * Runtime. Start at {@link io.storyweave.bedrock.BedrockModelProvider}; configuration keys are in
 * {@link io.storyweave.bedrock.BedrockSettings}.
 */
package io.storyweave.bedrock;
