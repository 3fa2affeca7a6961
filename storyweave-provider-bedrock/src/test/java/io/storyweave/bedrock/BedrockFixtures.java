package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.RetryOptions;
import io.storyweave.StoryWeave;
import io.storyweave.internal.prompt.StorySchema;
import io.storyweave.internal.review.StoryReview;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.PluginConfig;
import io.storyweave.testing.bedrock.BedrockStandIn;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Providers, calls and clients the provider's tests make against the {@link BedrockStandIn}. */
final class BedrockFixtures {
    /** Nothing from the machine's environment or system properties leaks into these tests. */
    static final PluginConfig EMPTY_CONFIG = new PluginConfig(Map.of(), k -> null, k -> null);
    /** The categories StoryWeave's review asks for, read from the schema it sends. */
    static final List<String> REVIEW_CATEGORIES = reviewCategories();

    private BedrockFixtures() {
    }

    /** A provider in us-east-1 calling Bedrock Runtime and STS at {@code baseUrl} with the stand-in's credentials. */
    static BedrockModelProvider.Builder provider(String baseUrl) {
        return BedrockModelProvider.builder()
                .region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        BedrockStandIn.ACCESS_KEY_ID, BedrockStandIn.SECRET_ACCESS_KEY)))
                .endpointOverride(URI.create(baseUrl))
                .stsEndpointOverride(URI.create(baseUrl))
                .apiCallTimeout(Duration.ofSeconds(5))
                .configuration(EMPTY_CONFIG);
    }

    /** A story call for the model the provider resolves for {@code tier}, as the core makes it. */
    static ModelRequest request(ModelProvider provider, ModelTier tier, int pages) {
        return new ModelRequest("You write stories.", "Write a story about space.", provider.model(tier), 1000,
                StorySchema.SCHEMA, pages);
    }

    /** A client for tests about the provider's own calls: the model review, tested on its own, is off. */
    static StoryWeave storyWeave(BedrockModelProvider provider, int maxAttempts) {
        return StoryWeave.builder()
                .provider(provider)
                .review(io.storyweave.ReviewOptions.off())
                .store("memory")
                .tier(ModelTier.MEDIUM)
                .environment(Map.of())
                .retry(RetryOptions.builder().maxAttempts(maxAttempts).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1)).build())
                .build();
    }

    private static List<String> reviewCategories() {
        Matcher required = Pattern.compile("\"required\"\\s*:\\s*\\[([^\\]]*)]\\s*}\\s*$")
                .matcher(StoryReview.SCHEMA.jsonSchema());
        if (!required.find()) {
            throw new IllegalStateException("the review schema lists no required categories");
        }
        return Pattern.compile("\"([^\"]+)\"").matcher(required.group(1)).results().map(m -> m.group(1)).toList();
    }
}
