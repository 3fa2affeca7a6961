package io.storyweave.testing;

import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.OutputSink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model provider for tests: answers from a script (answers, failures, delays) and, when the
 * script is empty, with a valid story of the requested length. Records every request it gets.
 * Lives in the test jar only; it never ships.
 */
public final class ScriptedModelProvider implements ModelProvider {
    public static final TokenUsage USAGE_PER_CALL = new TokenUsage(100, 200);

    private final Deque<Function<ModelRequest, ModelResponse>> script = new ConcurrentLinkedDeque<>();
    private final List<ModelRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private volatile int streamChunk = 7;

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String modelIdFor(ModelTier tier) {
        return "test-model-" + tier.name().toLowerCase(Locale.ROOT);
    }

    /** Every call waits this long before answering (simulates a slow model). */
    public ScriptedModelProvider delay(Duration value) {
        delay = value;
        return this;
    }

    /** Next call answers with this output JSON. */
    public ScriptedModelProvider thenAnswer(String outputJson) {
        script.add(r -> new ModelResponse(outputJson, USAGE_PER_CALL, modelIdFor(r.tier()), "tool_use", "req-" + calls.get()));
        return this;
    }

    /** Next call fails with this exception. */
    public ScriptedModelProvider thenFail(ModelProviderException failure) {
        script.add(r -> {
            throw failure;
        });
        return this;
    }

    /** Next {@code times} calls fail with a retryable throttling error. */
    public ScriptedModelProvider thenThrottle(int times) {
        for (int i = 0; i < times; i++) {
            thenFail(throttled());
        }
        return this;
    }

    /** Next call answers with a valid story (the default when the script is empty). */
    public ScriptedModelProvider thenValidStory() {
        script.add(r -> new ModelResponse(validStoryJson(r.pages()), USAGE_PER_CALL, modelIdFor(r.tier()), "tool_use", null));
        return this;
    }

    /** Next call runs {@code during} (e.g. takes the store down) and then answers with a valid story. */
    public ScriptedModelProvider thenRun(Runnable during) {
        script.add(r -> {
            during.run();
            return new ModelResponse(validStoryJson(r.pages()), USAGE_PER_CALL, modelIdFor(r.tier()), "tool_use", null);
        });
        return this;
    }

    public static ModelProviderException throttled() {
        return new ModelProviderException("Too many requests, please wait before trying again.",
                ModelProviderException.Kind.THROTTLED, true, "ThrottlingException", "req-throttled", null);
    }

    public static ModelProviderException invalid(String message) {
        return new ModelProviderException(message, ModelProviderException.Kind.INVALID_REQUEST, false,
                "ValidationException", "req-invalid", null);
    }

    @Override
    public ModelResponse generate(ModelRequest request) {
        requests.add(request);
        calls.incrementAndGet();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelProviderException("interrupted", ModelProviderException.Kind.TIMEOUT, true, null, null, e);
            }
        }
        Function<ModelRequest, ModelResponse> step = script.poll();
        if (step == null) {
            return new ModelResponse(validStoryJson(request.pages()), USAGE_PER_CALL, modelIdFor(request.tier()),
                    "tool_use", null);
        }
        return step.apply(request);
    }

    @Override
    public ModelResponse generateStreaming(ModelRequest request, OutputSink outputFragments) {
        ModelResponse response = generate(request);
        String out = response.outputJson();
        for (int i = 0; i < out.length(); i += streamChunk) {
            outputFragments.accept(out.substring(i, Math.min(out.length(), i + streamChunk)));
        }
        return response;
    }

    public int calls() {
        return calls.get();
    }

    public List<ModelRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public ModelRequest lastRequest() {
        List<ModelRequest> all = requests();
        return all.get(all.size() - 1);
    }

    /** A story that passes every check for every age and neurotype: tiny sentences, a question and a coping step. */
    public static String validStoryJson(int pages) {
        StringBuilder json = new StringBuilder("{\"title\":\"[HERO] and the Red Sun\",\"pages\":[");
        for (int i = 1; i <= pages; i++) {
            if (i > 1) {
                json.append(',');
            }
            json.append("{\"text\":\"[HERO] can see a big red sun. [HERO] takes a deep breath. Can you see it too?\"}");
        }
        return json.append("]}").toString();
    }
}
