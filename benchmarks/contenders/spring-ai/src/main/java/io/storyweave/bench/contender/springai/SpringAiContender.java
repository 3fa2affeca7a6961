package io.storyweave.bench.contender.springai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.bench.contender.BenchRequest;
import io.storyweave.bench.contender.Contender;
import io.storyweave.bench.contender.ContenderWorker;
import org.springframework.ai.bedrock.converse.BedrockChatOptions;
import org.springframework.ai.bedrock.converse.BedrockProxyChatModel;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Spring AI's Bedrock Converse chat model with its own defaults (built without a Spring context: its
 * own clients, HTTP stacks and retries; region, credentials and endpoint from the AWS SDK's system
 * properties that PeersBench sets), asked for the story with the story tool offered and Spring AI's own
 * tool execution off, so the tool call comes back to the caller; its arguments are read as JSON.
 */
public final class SpringAiContender implements Contender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BedrockProxyChatModel model;
    private final Prompt prompt;

    SpringAiContender(String endpoint) {
        BenchRequest bench = BenchRequest.load();
        model = BedrockProxyChatModel.builder().build();
        ToolDefinition definition = ToolDefinition.builder().name(bench.toolName())
                .description(bench.toolDescription()).inputSchema(bench.toolSchema()).build();
        ToolCallback tool = new ToolCallback() {
            @Override
            public ToolDefinition getToolDefinition() {
                return definition;
            }

            @Override
            public String call(String input) {
                throw new IllegalStateException("the caller reads the story tool's input itself");
            }
        };
        BedrockChatOptions options = BedrockChatOptions.builder().model(BenchRequest.MODEL_ID)
                .maxTokens(bench.maxTokens()).temperature(bench.temperature())
                .toolCallbacks(List.of(tool)).internalToolExecutionEnabled(false).build();
        prompt = new Prompt(List.of(new SystemMessage(bench.system()), new UserMessage(bench.user())), options);
    }

    public static void main(String[] args) throws Exception {
        ContenderWorker.serve(args, SpringAiContender::new);
    }

    @Override
    public int call() {
        ChatResponse response = model.call(prompt);
        // Spring AI gives the tool call a generation of its own (after an empty first one).
        AssistantMessage.ToolCall toolCall = response.getResults().stream()
                .flatMap(g -> g.getOutput().getToolCalls().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no tool call in " + response));
        try {
            return JSON.readTree(toolCall.arguments()).path("pages").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
