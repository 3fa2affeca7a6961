package io.storyweave.bench.contender.raw;

import io.storyweave.bench.contender.Contender;
import io.storyweave.bench.contender.ContenderWorker;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the plain AWS SDK {@link BedrockRuntimeClient} with the SDK's default retry policy and
 * its Apache 5 client sized for 64 callers, sending the Converse request StoryWeave sends (rebuilt from
 * the body in the file named by {@code bench.body}) and reading the tool input's pages.
 */
public final class RawSdkContender implements Contender {
    /** The model every contender asks for. */
    public static final String MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    private final SdkHttpClient http;
    private final BedrockRuntimeClient client;
    private final ConverseRequest request;

    RawSdkContender(String endpoint) throws IOException {
        request = fromBody(Files.readString(Path.of(System.getProperty("bench.body")), StandardCharsets.UTF_8),
                MODEL_ID);
        http = Apache5HttpClient.builder().maxConnections(64).build();
        client = BedrockRuntimeClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDBENCHBENCHBENCH", "bench-secret-not-real")))
                .endpointOverride(URI.create(endpoint))
                .httpClient(http)
                .build();
    }

    public static void main(String[] args) throws Exception {
        ContenderWorker.serve(args, RawSdkContender::new);
    }

    @Override
    public int call() {
        Document input = client.converse(request).output().message().content().get(0).toolUse().input();
        return input.asMap().get("pages").asList().size();
    }

    @Override
    public void close() {
        client.close();
        http.close();
    }

    /**
     * @param body    a Converse request body as StoryWeave sent it
     * @param modelId the model id for the path
     * @return the same request for the raw SDK
     */
    public static ConverseRequest fromBody(String body, String modelId) {
        JsonNode root = JsonNode.parser().parse(body);
        List<SystemContentBlock> system = new ArrayList<>();
        for (JsonNode block : list(root, "system")) {
            system.add(SystemContentBlock.fromText(block.field("text").orElseThrow().asString()));
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : list(root, "messages")) {
            List<ContentBlock> content = new ArrayList<>();
            for (JsonNode block : list(message, "content")) {
                content.add(ContentBlock.fromText(block.field("text").orElseThrow().asString()));
            }
            messages.add(Message.builder().role(ConversationRole.fromValue(message.field("role").orElseThrow().asString()))
                    .content(content).build());
        }
        InferenceConfiguration.Builder config = InferenceConfiguration.builder();
        root.field("inferenceConfig").ifPresent(inference -> {
            inference.field("maxTokens").ifPresent(v -> config.maxTokens(Integer.parseInt(v.asNumber())));
            inference.field("temperature").ifPresent(v -> config.temperature(Float.parseFloat(v.asNumber())));
            inference.field("topP").ifPresent(v -> config.topP(Float.parseFloat(v.asNumber())));
        });
        JsonNode toolConfig = root.field("toolConfig").orElseThrow();
        List<Tool> tools = new ArrayList<>();
        for (JsonNode tool : list(toolConfig, "tools")) {
            JsonNode spec = tool.field("toolSpec").orElseThrow();
            tools.add(Tool.fromToolSpec(ToolSpecification.builder()
                    .name(spec.field("name").orElseThrow().asString())
                    .description(spec.field("description").orElseThrow().asString())
                    .inputSchema(ToolInputSchema.fromJson(
                            document(spec.field("inputSchema").orElseThrow().field("json").orElseThrow())))
                    .build()));
        }
        String forced = toolConfig.field("toolChoice").orElseThrow().field("tool").orElseThrow()
                .field("name").orElseThrow().asString();
        return ConverseRequest.builder()
                .modelId(modelId)
                .system(system)
                .messages(messages)
                .inferenceConfig(config.build())
                .toolConfig(ToolConfiguration.builder().tools(tools)
                        .toolChoice(ToolChoice.fromTool(t -> t.name(forced))).build())
                .build();
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        return node.field(field).map(JsonNode::asArray).orElse(List.of());
    }

    private static Document document(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.asObject().forEach((k, v) -> map.put(k, document(v)));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            List<Document> items = new ArrayList<>();
            node.asArray().forEach(v -> items.add(document(v)));
            return Document.fromList(items);
        }
        if (node.isString()) {
            return Document.fromString(node.asString());
        }
        if (node.isNumber()) {
            return Document.fromNumber(node.asNumber());
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.asBoolean());
        }
        return Document.fromNull();
    }
}
