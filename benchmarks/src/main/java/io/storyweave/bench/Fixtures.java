package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.ReviewOptions;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How every benchmark builds StoryWeave: defaults everywhere except what a benchmark names. The
 * model review is off: items 1 to 6 compare StoryWeave's plumbing around one model call with the
 * raw SDK's one call (the review is a second, separately priced call; item 7 measures the checks).
 */
final class Fixtures {
    /** No process environment or system properties leak into the configuration. */
    static final PluginConfig NO_CONFIG = new PluginConfig(Map.of(), name -> null, name -> null);

    private Fixtures() {
    }

    /** The Bedrock provider with its defaults (Apache HTTP client, 64 connections) pointed at a stub. */
    static BedrockModelProvider bedrock(URI endpoint) {
        return BedrockModelProvider.builder()
                .region(RawConverse.REGION)
                .credentialsProvider(RawConverse.CREDENTIALS)
                .endpointOverride(endpoint)
                .stsEndpointOverride(endpoint)
                .tierModel(ModelTier.MEDIUM, RawConverse.MODEL_ID)
                .configuration(NO_CONFIG)
                .build();
    }

    /** StoryWeave with the embedded memory store (named, so the DynamoDB plugin on the class path is not chosen). */
    static StoryWeave withMemoryStore(ModelProvider provider, CacheOptions cache) {
        return StoryWeave.builder().provider(provider).store("memory").tier(ModelTier.MEDIUM).cache(cache)
                .review(ReviewOptions.off()).environment(Map.of()).build();
    }

    static StoryWeave withStore(ModelProvider provider, StoryStore store, CacheOptions cache) {
        return StoryWeave.builder().provider(provider).store(store).tier(ModelTier.MEDIUM).cache(cache)
                .review(ReviewOptions.off()).environment(Map.of()).build();
    }

    /** The request every single-key benchmark repeats. */
    static StoryRequest request() {
        return StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), BedrockStub.PAGES);
    }

    /** A request with its own cache key (and so its own model call). */
    static StoryRequest distinct(String run, int i) {
        return StoryRequest.of(Neurotype.ADHD, 7, "space " + run + " " + i, List.of("rockets"), BedrockStub.PAGES);
    }
}
