package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.storyweave.ModelTier;
import io.storyweave.RetryOptions;
import io.storyweave.StoryWeave;
import io.storyweave.internal.prompt.StorySchema;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.ScriptedModelProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Answers exactly as Bedrock Runtime does on the wire (see shared/reference/aws-on-the-wire.md),
 * so the real AWS SDK client does all the parsing in these tests.
 */
final class BedrockWire {
    static final String HAIKU_35 = "anthropic.claude-3-5-haiku-20241022-v1:0";
    static final String SONNET_35 = "anthropic.claude-3-5-sonnet-20241022-v2:0";
    static final String OPUS_3 = "anthropic.claude-3-opus-20240229-v1:0";
    static final String SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    /** Nothing from the machine's environment or system properties leaks into these tests. */
    static final PluginConfig EMPTY_CONFIG = new PluginConfig(Map.of(), k -> null, k -> null);

    private BedrockWire() {
    }

    static String encode(String modelId) {
        return URLEncoder.encode(modelId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String converse(String modelId) {
        return "/model/" + encode(modelId) + "/converse";
    }

    static String converseStream(String modelId) {
        return "/model/" + encode(modelId) + "/converse-stream";
    }

    static BedrockModelProvider.Builder provider(String baseUrl) {
        return BedrockModelProvider.builder()
                .region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(URI.create(baseUrl))
                .stsEndpointOverride(URI.create(baseUrl))
                .apiCallTimeout(Duration.ofSeconds(5))
                .configuration(EMPTY_CONFIG);
    }

    /** A story call for the model the provider resolves for {@code tier}, as the core makes it. */
    static ModelRequest request(ModelProvider provider, ModelTier tier, int pages) {
        return new ModelRequest("You write stories.", "Write a story about space.", provider.model(tier), 1000,
                StorySchema.SCHEMA, pages);
    }

    static String story(int pages) {
        return ScriptedModelProvider.validStoryJson(pages);
    }

    static String toolAnswer(String inputJson, String stopReason, int in, int out) {
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"tooluse_1\","
                + "\"name\":\"write_story\",\"input\":" + inputJson + "}}]}},\"stopReason\":\"" + stopReason + "\","
                + "\"usage\":{\"inputTokens\":" + in + ",\"outputTokens\":" + out + ",\"totalTokens\":" + (in + out) + "},"
                + "\"metrics\":{\"latencyMs\":2130}}";
    }

    static String textAnswer(String text, String stopReason) {
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + jsonString(text) + "}]}},"
                + "\"stopReason\":\"" + stopReason + "\",\"usage\":{\"inputTokens\":10,\"outputTokens\":20,"
                + "\"totalTokens\":30},\"metrics\":{\"latencyMs\":5}}";
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    /**
     * The review tool's answer as Bedrock returns it: every category of StoryWeave's review schema
     * fine, except those named, which fail with a reason.
     */
    static String reviewAnswer(String... failing) {
        StringBuilder input = new StringBuilder("{");
        java.util.List<String> bad = java.util.List.of(failing);
        for (String category : reviewCategories()) {
            if (input.length() > 1) {
                input.append(',');
            }
            boolean ok = !bad.contains(category);
            input.append('"').append(category).append("\":{\"ok\":").append(ok).append(",\"reason\":")
                    .append(jsonString(ok ? "fine" : "the story breaks the " + category + " rule")).append('}');
        }
        String tool = input.append('}').toString();
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"tooluse_r\","
                + "\"name\":\"review_story\",\"input\":" + tool + "}}]}},\"stopReason\":\"tool_use\","
                + "\"usage\":{\"inputTokens\":1500,\"outputTokens\":300,\"totalTokens\":1800},\"metrics\":{\"latencyMs\":800}}";
    }

    /** The categories StoryWeave's review asks for, read from the schema it sends. */
    static java.util.List<String> reviewCategories() {
        try {
            com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(io.storyweave.internal.review.StoryReview.SCHEMA.jsonSchema());
            java.util.List<String> keys = new java.util.ArrayList<>();
            schema.get("required").forEach(k -> keys.add(k.asText()));
            return keys;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResponseDefinitionBuilder storyAnswer(int pages) {
        return ok(toolAnswer(story(pages), "tool_use", 812, 164));
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withHeader("x-amzn-RequestId", "req-" + code)
                .withBody("{\"message\":" + jsonString(message) + "}");
    }

    static String onDemandMessage(String modelId) {
        return "Invocation of model ID " + modelId + " with on-demand throughput isn't supported. Retry your request"
                + " with the ID or ARN of an inference profile that contains this model.";
    }

    static ResponseDefinitionBuilder stsIdentity(String account, String arn) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>"
                        + account + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId>"
                        + "</ResponseMetadata></GetCallerIdentityResponse>");
    }

    static Message event(String eventType, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return new Message(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    static Message exceptionFrame(String exceptionType, String message) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("exception"));
        headers.put(":exception-type", HeaderValue.fromString(exceptionType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return new Message(headers, ("{\"message\":" + jsonString(message) + "}").getBytes(StandardCharsets.UTF_8));
    }

    static Message toolDelta(String partialJson) {
        return event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"toolUse\":{\"input\":"
                + jsonString(partialJson) + "}}}");
    }

    static Message[] streamStart() {
        return new Message[] {
            event("messageStart", "{\"role\":\"assistant\"}"),
            event("contentBlockStart", "{\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_1\",\"name\":\"write_story\"}},"
                    + "\"contentBlockIndex\":0}")};
    }

    static Message[] streamEnd(String stopReason, int in, int out) {
        return new Message[] {
            event("contentBlockStop", "{\"contentBlockIndex\":0}"),
            event("messageStop", "{\"stopReason\":\"" + stopReason + "\"}"),
            event("metadata", "{\"usage\":{\"inputTokens\":" + in + ",\"outputTokens\":" + out + ",\"totalTokens\":"
                    + (in + out) + "},\"metrics\":{\"latencyMs\":100}}")};
    }

    static byte[] frames(Message... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) {
            ByteBuffer buffer = m.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    static ResponseDefinitionBuilder eventStream(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.amazon.eventstream")
                .withHeader("x-amzn-RequestId", "req-stream").withBody(body);
    }

    /** A client for tests about the provider's own calls: the model review, tested on its own, is off. */
    static StoryWeave storyWeave(BedrockModelProvider provider, int maxAttempts) {
        return StoryWeave.builder()
                .provider(provider)
                .review(io.storyweave.ReviewOptions.off())
                .store("memory")
                .tier(ModelTier.MEDIUM)
                .environment(Map.of())
                .retry(RetryOptions.builder().maxAttempts(maxAttempts).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1)).build())
                .build();
    }

    static String jsonString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
