package io.storyweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.bedrock.internal.DocumentJson;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the plain AWS SDK {@link BedrockRuntimeClient} configured as the Bedrock provider
 * configures its own (Apache HttpClient 5, 64 connections, SDK retries off, 120 s call timeout),
 * sending a Converse request rebuilt from the exact body StoryWeave sent.
 */
final class RawConverse implements AutoCloseable {
    static final String REGION = "us-east-1";
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCHBENCHBENCH", "bench-secret-not-real"));
    static final String MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SdkHttpClient http;
    private final BedrockRuntimeClient client;

    RawConverse(URI endpoint) {
        http = Apache5HttpClient.builder().maxConnections(64).socketTimeout(Duration.ofSeconds(120))
                .connectionTimeout(Duration.ofSeconds(10)).build();
        client = BedrockRuntimeClient.builder()
                .region(Region.of(REGION))
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint)
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(120)))
                .build();
    }

    /** @return the tool input of the answer, as StoryWeave reads it (the SDK has parsed the whole body) */
    Document converse(ConverseRequest request) {
        ConverseResponse response = client.converse(request);
        return response.output().message().content().get(0).toolUse().input();
    }

    @Override
    public void close() {
        client.close();
        http.close();
    }

    /**
     * @param body      a Converse request body as StoryWeave sent it
     * @param modelId   the model id for the path
     * @return the same request for the raw SDK
     */
    static ConverseRequest fromBody(String body, String modelId) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SystemContentBlock> system = new ArrayList<>();
        for (JsonNode block : root.path("system")) {
            system.add(SystemContentBlock.fromText(block.path("text").asText()));
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : root.path("messages")) {
            List<ContentBlock> content = new ArrayList<>();
            for (JsonNode block : message.path("content")) {
                content.add(ContentBlock.fromText(block.path("text").asText()));
            }
            messages.add(Message.builder().role(ConversationRole.fromValue(message.path("role").asText()))
                    .content(content).build());
        }
        JsonNode inference = root.path("inferenceConfig");
        InferenceConfiguration.Builder config = InferenceConfiguration.builder();
        if (inference.has("maxTokens")) {
            config.maxTokens(inference.get("maxTokens").asInt());
        }
        if (inference.has("temperature")) {
            config.temperature((float) inference.get("temperature").asDouble());
        }
        if (inference.has("topP")) {
            config.topP((float) inference.get("topP").asDouble());
        }
        List<Tool> tools = new ArrayList<>();
        for (JsonNode tool : root.path("toolConfig").path("tools")) {
            JsonNode spec = tool.path("toolSpec");
            tools.add(Tool.fromToolSpec(ToolSpecification.builder()
                    .name(spec.path("name").asText())
                    .description(spec.path("description").asText())
                    .inputSchema(ToolInputSchema.fromJson(DocumentJson.parse(spec.path("inputSchema").path("json").toString())))
                    .build()));
        }
        String forced = root.path("toolConfig").path("toolChoice").path("tool").path("name").asText();
        return ConverseRequest.builder()
                .modelId(modelId)
                .system(system)
                .messages(messages)
                .inferenceConfig(config.build())
                .toolConfig(ToolConfiguration.builder().tools(tools)
                        .toolChoice(ToolChoice.fromTool(t -> t.name(forced))).build())
                .build();
    }

    /** @return whether two Converse bodies are the same JSON */
    static boolean sameJson(String a, String b) {
        try {
            return JSON.readTree(a).equals(JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }
}
