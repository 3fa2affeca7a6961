package io.storyweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.bench.contender.raw.RawSdkContender;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The baseline: the plain AWS SDK {@link BedrockRuntimeClient} configured as the Bedrock provider
 * configures its own (Apache HttpClient 5, 64 connections, SDK retries off, 120 s call timeout),
 * sending a Converse request rebuilt from the exact body StoryWeave sent.
 */
final class RawConverse implements AutoCloseable {
    static final String REGION = "us-east-1";
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCHBENCHBENCH", "bench-secret-not-real"));
    static final String MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SdkHttpClient http;
    private final BedrockRuntimeClient client;

    RawConverse(URI endpoint) {
        http = Apache5HttpClient.builder().maxConnections(64).socketTimeout(Duration.ofSeconds(120))
                .connectionTimeout(Duration.ofSeconds(10)).build();
        client = BedrockRuntimeClient.builder()
                .region(Region.of(REGION))
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint)
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(120)))
                .build();
    }

    /** @return the tool input of the answer, as StoryWeave reads it (the SDK has parsed the whole body) */
    Document converse(ConverseRequest request) {
        ConverseResponse response = client.converse(request);
        return response.output().message().content().get(0).toolUse().input();
    }

    @Override
    public void close() {
        client.close();
        http.close();
    }

    /**
     * @param body      a Converse request body as StoryWeave sent it
     * @param modelId   the model id for the path
     * @return the same request for the raw SDK
     */
    static ConverseRequest fromBody(String body, String modelId) {
        return RawSdkContender.fromBody(body, modelId);
    }

    /** @return whether two Converse bodies are the same JSON */
    static boolean sameJson(String a, String b) {
        try {
            return JSON.readTree(a).equals(JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }
}
