package io.storyweave.bench.contender.storyweave;

import io.storyweave.CacheOptions;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.ReviewOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import io.storyweave.bench.contender.Contender;
import io.storyweave.bench.contender.ContenderWorker;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;
import io.storyweave.internal.quality.Draft;
import io.storyweave.internal.quality.StoryChecker;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.safety.SafetyContext;
import io.storyweave.spi.PluginConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * StoryWeave as a user builds it: the Bedrock provider with its defaults, the embedded memory store,
 * the cache off (every call pays the model), the model review off (a second, separately priced call), every
 * request fresh (never joined to an identical one in flight).
 * Its extra work is the local story checks alone, on the stub's story (file {@code bench.story}), so the
 * plumbing's share of a call can be told apart from the checks'.
 */
public final class StoryWeaveContender implements Contender {
    private static final String MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    private final BedrockModelProvider provider;
    private final StoryWeave storyWeave;
    // fresh: StoryWeave joins identical requests in flight even with the cache off, which would flatter it
    // against peers that send every call; a fresh request is always written anew.
    private final StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5)
            .toBuilder().fresh(true).build();

    // The story checks' time where they run (between the model call and the store), as StoryWeave reports it.
    private final java.util.concurrent.atomic.AtomicLong checking = new java.util.concurrent.atomic.AtomicLong();

    StoryWeaveContender(String endpoint) {
        provider = BedrockModelProvider.builder()
                .region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDBENCHBENCHBENCH", "bench-secret-not-real")))
                .endpointOverride(URI.create(endpoint))
                .stsEndpointOverride(URI.create(endpoint))
                .tierModel(ModelTier.MEDIUM, MODEL_ID)
                .configuration(new PluginConfig(Map.of(), name -> null, name -> null))
                .build();
        storyWeave = StoryWeave.builder().provider(provider).store("memory").tier(ModelTier.MEDIUM)
                .cache(CacheOptions.builder().enabled(false).build()).review(ReviewOptions.off())
                .observer(new io.storyweave.StoryWeaveObserver() {
                    @Override
                    public void draftChecked(io.storyweave.StoryWeaveEvents.DraftChecked checked) {
                        checking.addAndGet(checked.took().toNanos());
                    }
                })
                .environment(Map.of()).build();
    }

    public static void main(String[] args) throws Exception {
        ContenderWorker.serve(args, StoryWeaveContender::new);
    }

    @Override
    public int call() {
        Story story = storyWeave.createStory(request);
        return story.pages().size();
    }

    @Override
    public long innerNanos() {
        return checking.get();
    }

    @Override
    public boolean extra(int n) {
        Draft draft = stubDraft();
        StoryRules rules = RuleBook.standard().rulesFor(request);
        List<String> fields = new ArrayList<>();
        fields.add(request.theme());
        fields.addAll(request.interests());
        SafetyContext context = new SafetyContext(request.age(), fields, request.topicsToAvoid(),
                request.literalLanguage(), request.anxietyStyle(), List.of(), request.heroPronouns());
        for (int i = 0; i < n; i++) {
            if (!StoryChecker.check(draft, request.pages(), rules, context, 1).allPassed()) {
                throw new IllegalStateException("the stub's story should pass every check");
            }
        }
        return true;
    }

    private static Draft stubDraft() {
        try {
            JsonObject story = (JsonObject) JsonTrees.read(
                    Files.readString(Path.of(System.getProperty("bench.story")), StandardCharsets.UTF_8));
            List<String> pages = new ArrayList<>();
            for (JsonValue page : (JsonArray) story.get("pages")) {
                pages.add(((JsonObject) page).get("text").asText());
            }
            return new Draft(story.get("title").asText(), pages);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the stub's story", e);
        }
    }

    @Override
    public void close() {
        storyWeave.close();
        provider.close();
    }
}
