package io.storyweave.testing;

import io.storyweave.CallPurpose;
import io.storyweave.ModelTier;
import io.storyweave.TokenUsage;
import io.storyweave.spi.ModelHandle;
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
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model provider for tests that answers by purpose. Story calls (first drafts and corrective
 * rewrites, {@link CallPurpose#STORY} and {@link CallPurpose#CORRECTION}) answer from the story script
 * (answers, failures, delays) and, when it is empty, with a valid story of the requested length.
 * Review calls answer from the review script and, when it is empty, with a verdict of "fine" for
 * every category the review's schema asks about. Records every request it gets, streams answers in
 * small fragments, and reports the model id it was asked for unless told to answer as another
 * (to act out a provider's fallback). Thread-safe.
 *
 * <pre>{@code
 * ScriptedModelProvider model = new ScriptedModelProvider().thenAnswer("{\"title\":...}").thenValidStory();
 * StoryWeave sw = StoryWeave.builder().provider(model).build();
 * }</pre>
 */
public final class ScriptedModelProvider implements ModelProvider {
    /** Tokens every scripted call reports unless {@linkplain #usagePerCall(TokenUsage) told otherwise}. */
    public static final TokenUsage USAGE_PER_CALL = new TokenUsage(100, 200);
    private static final Pattern SCHEMA_KEY = Pattern.compile("\"required\"\\s*:\\s*\\[([^\\]]*)]\\s*}\\s*$");

    private final Deque<Function<ModelRequest, ModelResponse>> stories = new ConcurrentLinkedDeque<>();
    private final Deque<Function<ModelRequest, ModelResponse>> reviews = new ConcurrentLinkedDeque<>();
    private final List<ModelRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private volatile String answeringModelId;
    private volatile TokenUsage usagePerCall = USAGE_PER_CALL;
    private volatile boolean reviewByDefault;

    /** @return {@code scripted} */
    @Override
    public String name() {
        return "scripted";
    }

    /** @return {@code test-model-<tier>}, without a price, able to stream */
    @Override
    public ModelHandle model(ModelTier tier) {
        return new ModelHandle(tier, modelIdFor(tier), null, Set.of(ModelHandle.Capability.STREAMING));
    }

    /**
     * @param tier a tier
     * @return the id {@link #model(ModelTier)} gives that tier
     */
    public static String modelIdFor(ModelTier tier) {
        return "test-model-" + tier.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value whether StoryWeave should run its model review by default with this provider
     * @return this
     */
    public ScriptedModelProvider reviewByDefault(boolean value) {
        reviewByDefault = value;
        return this;
    }

    @Override
    public boolean reviewByDefault() {
        return reviewByDefault;
    }

    /**
     * @param value every call waits this long before answering (a slow model)
     * @return this
     */
    public ScriptedModelProvider delay(Duration value) {
        delay = value;
        return this;
    }

    /**
     * Makes every later answer report {@code modelId} as the model that answered, as a provider does
     * after falling back from the configured id to another (an inference profile).
     *
     * @param modelId the id answers report from now on
     * @return this
     */
    public ScriptedModelProvider answerAs(String modelId) {
        answeringModelId = modelId;
        return this;
    }

    /**
     * @param value the tokens every later call (story or review) reports, e.g. with prompt-cache reads
     * @return this
     */
    public ScriptedModelProvider usagePerCall(TokenUsage value) {
        usagePerCall = java.util.Objects.requireNonNull(value, "usage");
        return this;
    }

    /**
     * @param outputJson the next story call answers with this output JSON
     * @return this
     */
    public ScriptedModelProvider thenAnswer(String outputJson) {
        stories.add(r -> response(r, outputJson));
        return this;
    }

    /**
     * @param failure the next story call fails with this
     * @return this
     */
    public ScriptedModelProvider thenFail(ModelProviderException failure) {
        stories.add(r -> {
            throw failure;
        });
        return this;
    }

    /**
     * @param times the next {@code times} story calls fail with a retryable throttling error
     * @return this
     */
    public ScriptedModelProvider thenThrottle(int times) {
        for (int i = 0; i < times; i++) {
            thenFail(throttled());
        }
        return this;
    }

    /** @return this, with the next story call answering a valid story (the default when the script is empty) */
    public ScriptedModelProvider thenValidStory() {
        stories.add(r -> response(r, validStoryJson(r.pages())));
        return this;
    }

    /**
     * @param during the next story call runs this (e.g. takes the store down) and then answers a valid story
     * @return this
     */
    public ScriptedModelProvider thenRun(Runnable during) {
        stories.add(r -> {
            during.run();
            return response(r, validStoryJson(r.pages()));
        });
        return this;
    }

    /**
     * @param outputJson the next review call answers with this output JSON (the review tool's input)
     * @return this
     */
    public ScriptedModelProvider thenReview(String outputJson) {
        reviews.add(r -> response(r, outputJson));
        return this;
    }

    /**
     * @param category the review category that fails, e.g. {@code violence}
     * @param reason   the reviewer's reason
     * @return this, with the next review call finding every category fine except {@code category}
     */
    public ScriptedModelProvider thenReviewRejecting(String category, String reason) {
        reviews.add(r -> response(r, reviewJson(r, category, reason)));
        return this;
    }

    /**
     * @param failure the next review call fails with this
     * @return this
     */
    public ScriptedModelProvider thenReviewFails(ModelProviderException failure) {
        reviews.add(r -> {
            throw failure;
        });
        return this;
    }

    /** @return a retryable throttling failure as Bedrock reports it */
    public static ModelProviderException throttled() {
        return new ModelProviderException("Too many requests, please wait before trying again.",
                ModelProviderException.Kind.THROTTLED, true, "ThrottlingException", "req-throttled", null);
    }

    /**
     * @param message the failure's message
     * @return a non-retryable invalid-request failure
     */
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
        boolean review = request.purpose() == CallPurpose.REVIEW;
        Function<ModelRequest, ModelResponse> step = (review ? reviews : stories).poll();
        if (step != null) {
            return step.apply(request);
        }
        return response(request, review ? reviewJson(request, null, null) : validStoryJson(request.pages()));
    }

    /** Streams the answer in fragments of seven characters. */
    @Override
    public ModelResponse generateStreaming(ModelRequest request, OutputSink outputFragments) {
        ModelResponse response = generate(request);
        String out = response.outputJson();
        for (int i = 0; i < out.length(); i += 7) {
            outputFragments.accept(out.substring(i, Math.min(out.length(), i + 7)));
        }
        return response;
    }

    /** @return how many calls (stories and reviews) were made */
    public int calls() {
        return calls.get();
    }

    /** @return every request so far, in order */
    public List<ModelRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * @param purposes first drafts, corrective rewrites or reviews, or several of them (both story
     *                 purposes for every story-shaped call)
     * @return the requests made for any of those purposes, in order
     */
    public List<ModelRequest> requests(CallPurpose... purposes) {
        Set<CallPurpose> wanted = Set.of(purposes);
        return requests().stream().filter(r -> wanted.contains(r.purpose())).toList();
    }

    /** @return the last request */
    public ModelRequest lastRequest() {
        List<ModelRequest> all = requests();
        return all.get(all.size() - 1);
    }

    private ModelResponse response(ModelRequest request, String outputJson) {
        String answeredBy = answeringModelId != null ? answeringModelId : request.model().modelId();
        return ModelResponse.builder(outputJson, answeredBy).usage(usagePerCall).stopReason("tool_use")
                .requestId("req-" + calls.get()).build();
    }

    /**
     * A story that passes every check for every age and neurotype: tiny sentences, a question and a coping step.
     *
     * @param pages how many pages
     * @return the story tool's input as JSON
     */
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

    /** A verdict for every category the request's schema requires: fine, except {@code failing}. */
    private static String reviewJson(ModelRequest request, String failing, String reason) {
        Matcher required = SCHEMA_KEY.matcher(request.outputSchema().jsonSchema());
        if (!required.find()) {
            throw new IllegalStateException("the review request's schema lists no required categories: "
                    + request.outputSchema().jsonSchema());
        }
        List<String> categories = new ArrayList<>();
        for (String quoted : required.group(1).split(",")) {
            categories.add(quoted.strip().replace("\"", ""));
        }
        if (failing != null && !categories.contains(failing)) {
            throw new IllegalArgumentException("the review has no category " + failing + "; its categories are "
                    + required.group(1));
        }
        return ReviewVerdicts.json(categories, failing == null ? java.util.Map.of() : java.util.Map.of(failing, reason));
    }
}
