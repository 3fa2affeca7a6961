package io.storyweave.bench.contender.langchain4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.storyweave.bench.contender.BenchRequest;
import io.storyweave.bench.contender.Contender;
import io.storyweave.bench.contender.ContenderWorker;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * LangChain4j's Bedrock chat model with its own defaults (its own client, HTTP stack and retries; region,
 * credentials and endpoint from the AWS SDK's system properties that PeersBench sets), asked for the
 * story with the story tool required, and the tool call's arguments read as JSON.
 */
public final class LangChain4jContender implements Contender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BedrockChatModel model;
    private final ChatRequest request;

    LangChain4jContender(String endpoint) {
        BenchRequest bench = BenchRequest.load();
        model = BedrockChatModel.builder().modelId(BenchRequest.MODEL_ID).build();
        // The schema StoryWeave sends, in LangChain4j's own types.
        JsonObjectSchema page = JsonObjectSchema.builder().addStringProperty("text", "The text of one page")
                .required("text").build();
        JsonObjectSchema story = JsonObjectSchema.builder()
                .addStringProperty("title", "The story's title")
                .addProperty("pages", JsonArraySchema.builder().description("The pages in order").items(page).build())
                .required("title", "pages").build();
        request = ChatRequest.builder()
                .messages(SystemMessage.from(bench.system()), UserMessage.from(bench.user()))
                .toolSpecifications(ToolSpecification.builder().name(bench.toolName())
                        .description(bench.toolDescription()).parameters(story).build())
                .toolChoice(ToolChoice.REQUIRED)
                .maxOutputTokens(bench.maxTokens())
                .temperature(bench.temperature())
                .build();
    }

    public static void main(String[] args) throws Exception {
        ContenderWorker.serve(args, LangChain4jContender::new);
    }

    @Override
    public int call() {
        ChatResponse response = model.chat(request);
        try {
            return JSON.readTree(response.aiMessage().toolExecutionRequests().get(0).arguments()).path("pages").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
