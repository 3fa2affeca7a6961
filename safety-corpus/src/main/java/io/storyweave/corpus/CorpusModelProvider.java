package io.storyweave.corpus;

import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers every story call with the corpus entry's answer (a model that repeats its mistake when
 * asked to correct it), and remembers every prompt it was sent. Not thread-safe: the corpus runs
 * one entry at a time.
 */
final class CorpusModelProvider implements ModelProvider {
    private String answer = "{}";
    private final List<ModelRequest> requests = new ArrayList<>();

    void answerWith(String answerJson) {
        answer = answerJson;
        requests.clear();
    }

    List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String name() {
        return "corpus";
    }

    @Override
    public ModelHandle model(ModelTier tier) {
        return ModelHandle.of(tier, "corpus-" + tier.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public ModelResponse generate(ModelRequest request) {
        requests.add(request);
        return ModelResponse.builder(answer, request.model().modelId()).usage(new TokenUsage(1000, 400))
                .stopReason("tool_use").build();
    }
}
