package io.storyweave.bedrock.internal;

import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.OutputSchema;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.CachePointBlock;
import software.amazon.awssdk.services.bedrockruntime.model.CachePointType;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailStreamConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds Converse / ConverseStream requests and reads the structured output out of answers. */
public final class ConverseCalls {
    /**
     * A Bedrock Guardrail to apply to every call.
     *
     * @param id      identifier or ARN
     * @param version {@code DRAFT} or a version number
     */
    public record Guardrail(String id, String version) {
    }

    // The schema text is the same for every call; parsing it once keeps the hot path allocation-light.
    /** Converse's {@code {"cachePoint":{"type":"default"}}}: the prompt up to here may be cached (for five minutes). */
    private static final CachePointBlock CACHE_POINT = CachePointBlock.builder().type(CachePointType.DEFAULT).build();
    /** A schema and whether a cache point follows its tool. */
    private record ToolKey(OutputSchema schema, boolean cachePoint) {
    }

    // Built once per schema and cache-point choice (a handful in all); the SDK's model objects are immutable.
    private static final Map<ToolKey, ToolConfiguration> TOOLS = new ConcurrentHashMap<>();

    private ConverseCalls() {
    }

    /**
     * @param request   the core's call
     * @param modelId   the id to put in the path
     * @param maxTokens output budget
     * @param guardrail guardrail or null
     * @return the Converse request
     */
    public static ConverseRequest converse(ModelRequest request, String modelId, int maxTokens, Guardrail guardrail) {
        ConverseRequest.Builder b = ConverseRequest.builder()
                .modelId(modelId)
                .system(system(request))
                .messages(user(request))
                .inferenceConfig(inference(maxTokens))
                .toolConfig(tools(request));
        if (guardrail != null) {
            b.guardrailConfig(GuardrailConfiguration.builder().guardrailIdentifier(guardrail.id())
                    .guardrailVersion(guardrail.version()).build());
        }
        return b.build();
    }

    /**
     * @param request   the core's call
     * @param modelId   the id to put in the path
     * @param maxTokens output budget
     * @param guardrail guardrail or null
     * @return the ConverseStream request
     */
    public static ConverseStreamRequest stream(ModelRequest request, String modelId, int maxTokens, Guardrail guardrail) {
        ConverseStreamRequest.Builder b = ConverseStreamRequest.builder()
                .modelId(modelId)
                .system(system(request))
                .messages(user(request))
                .inferenceConfig(inference(maxTokens))
                .toolConfig(tools(request));
        if (guardrail != null) {
            b.guardrailConfig(GuardrailStreamConfiguration.builder().guardrailIdentifier(guardrail.id())
                    .guardrailVersion(guardrail.version()).build());
        }
        return b.build();
    }

    /** The system prompt, then a cache point when the static prefix is worth caching. */
    private static List<SystemContentBlock> system(ModelRequest request) {
        SystemContentBlock text = SystemContentBlock.fromText(request.systemPrompt());
        return PromptCaching.marks(request) ? List.of(text, SystemContentBlock.fromCachePoint(CACHE_POINT)) : List.of(text);
    }

    private static Message user(ModelRequest request) {
        return Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText(request.userPrompt())).build();
    }

    private static InferenceConfiguration inference(int maxTokens) {
        return InferenceConfiguration.builder().maxTokens(maxTokens).build();
    }

    /**
     * The forced tool, then a cache point too when the prefix is worth caching: Claude reads the tools
     * before the system prompt, so this one caches the tool schema and the one after the system
     * prompt caches both, whichever order a model reads them in.
     */
    private static ToolConfiguration tools(ModelRequest request) {
        return TOOLS.computeIfAbsent(new ToolKey(request.outputSchema(), PromptCaching.marks(request)),
                ConverseCalls::toolConfiguration);
    }

    private static ToolConfiguration toolConfiguration(ToolKey key) {
        OutputSchema schema = key.schema();
        Document inputSchema = DocumentJson.parse(schema.jsonSchema());
        Tool tool = Tool.fromToolSpec(ToolSpecification.builder()
                .name(schema.name())
                .description(schema.description())
                .inputSchema(ToolInputSchema.fromJson(inputSchema))
                .build());
        return ToolConfiguration.builder()
                .tools(key.cachePoint() ? List.of(tool, Tool.fromCachePoint(CACHE_POINT)) : List.of(tool))
                .toolChoice(ToolChoice.fromTool(t -> t.name(schema.name())))
                .build();
    }

    /**
     * @param response a Converse answer
     * @param toolName the forced tool's name
     * @return the tool input as JSON, else the JSON found in the text blocks, else the text (possibly empty)
     */
    public static String output(ConverseResponse response, String toolName) {
        if (response.output() == null || response.output().message() == null) {
            return "";
        }
        List<ContentBlock> content = response.output().message().content();
        ContentBlock anyTool = null;
        StringBuilder text = new StringBuilder();
        for (ContentBlock block : content) {
            if (block.toolUse() != null) {
                if (toolName.equals(block.toolUse().name())) {
                    return DocumentJson.write(block.toolUse().input());
                }
                anyTool = anyTool == null ? block : anyTool;
            } else if (block.text() != null) {
                text.append(block.text());
            }
        }
        if (anyTool != null) {
            return DocumentJson.write(anyTool.toolUse().input());
        }
        return jsonInText(text.toString());
    }

    /**
     * @param text a text answer, perhaps with a Markdown fence or a sentence around the JSON
     * @return the outermost JSON object in it, or the trimmed text when there is none
     */
    public static String jsonInText(String text) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        return start >= 0 && end > start ? text.substring(start, end + 1) : text.trim();
    }
}
