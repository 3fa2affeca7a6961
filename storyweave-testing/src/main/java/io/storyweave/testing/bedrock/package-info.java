/**
 * AWS Bedrock Runtime and STS as they are on the wire, for tests that use the real AWS SDK client:
 * {@link io.storyweave.testing.bedrock.BedrockAnswers} builds every answer (no HTTP server needed),
 * {@link io.storyweave.testing.bedrock.BedrockStandIn} serves them on 127.0.0.1 with WireMock
 * (add {@code org.wiremock:wiremock} to the test dependencies to use it).
 */
package io.storyweave.testing.bedrock;
