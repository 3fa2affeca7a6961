package io.storyweave.bench;

import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.testing.bedrock.BedrockAnswers;

/**
 * A zero-latency model that writes the same story as the Bedrock stub and remembers nothing, so
 * heap measurements see only what StoryWeave itself keeps.
 */
public final class FixedModelProvider implements ModelProvider {
    /** The model id it reports for every tier. */
    public static final String MODEL_ID = "bench-fixed-model";
    private static final TokenUsage USAGE = new TokenUsage(812, 164);

    private final String storyJson = storyJson();

    @Override
    public String name() {
        return "bench-fixed";
    }

    @Override
    public ModelHandle model(ModelTier tier) {
        return ModelHandle.of(tier, MODEL_ID);
    }

    @Override
    public ModelResponse generate(ModelRequest request) {
        return ModelResponse.builder(storyJson, MODEL_ID).usage(USAGE).stopReason("tool_use").build();
    }

    /** @return the stub's tool input: a title and {@link BedrockStub#PAGES} pages */
    static String storyJson() {
        return BedrockAnswers.storyJson(BedrockStub.PAGES);
    }
}
