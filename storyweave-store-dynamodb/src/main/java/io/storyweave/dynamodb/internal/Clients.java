package io.storyweave.dynamodb.internal;

import io.storyweave.StoryWeaveConfigException;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.Resources;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the DynamoDB client from StoryWeave settings and the standard AWS chain. Settings read
 * through {@link PluginConfig#environment} honour an environment map given to the StoryWeave
 * builder (tests, sandboxes) as well as the real one.
 */
public final class Clients {
    /**
     * @param client      the client
     * @param owned       what the store must close (empty for a client the user passed)
     * @param where       region and endpoint, for messages
     * @param credentials the credentials the client signs with, or {@code null} for a client the user passed
     */
    public record Connection(DynamoDbClient client, List<AutoCloseable> owned, String where,
                             AwsCredentialsProvider credentials) {
        /** Closes what the store created, client first, by the one close policy ({@link Resources#closeAll}). */
        public void close() {
            Resources.closeAll("the DynamoDB store", owned);
        }
    }

    private Clients() {
    }

    /**
     * @param client a client the user owns
     * @return a connection that closes nothing
     */
    public static Connection given(DynamoDbClient client) {
        String where;
        try {
            DynamoDbServiceClientConfiguration configuration = client.serviceClientConfiguration();
            where = where(configuration.region(), configuration.endpointOverride().orElse(null));
        } catch (RuntimeException e) {
            where = "the DynamoDbClient passed to the builder";
        }
        return new Connection(client, List.of(), where, null);
    }

    /**
     * @param cfg            settings
     * @param region         from the builder, or {@code null}
     * @param endpoint       from the builder, or {@code null}
     * @param credentials    from the builder, or {@code null}
     * @param attemptTimeout per-attempt timeout
     * @return a new client the store owns
     */
    public static Connection create(PluginConfig cfg, String region, URI endpoint, AwsCredentialsProvider credentials,
                                    Duration attemptTimeout) {
        Region resolvedRegion = region(cfg, region);
        URI resolvedEndpoint = endpoint != null ? endpoint : endpoint(cfg);
        List<AutoCloseable> owned = new ArrayList<>();
        AwsCredentialsProvider provider = credentials != null ? credentials : environmentCredentials(cfg).orElse(null);
        if (provider == null) {
            DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
            owned.add(chain);
            provider = chain;
        }
        // The HTTP client's own timeouts bound every attempt; the SDK's apiCallTimeout would add a
        // timer task to every call, which costs more than a cache read on a fast endpoint.
        SdkHttpClient http = Apache5HttpClient.builder()
                .connectionTimeout(attemptTimeout)
                .socketTimeout(attemptTimeout)
                .connectionAcquisitionTimeout(attemptTimeout)
                .maxConnections(64)
                .build();
        // Retries off: the core retries writes, and the store retries reads DynamoDB asks to retry.
        var builder = DynamoDbClient.builder()
                .region(resolvedRegion)
                .credentialsProvider(provider)
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (resolvedEndpoint != null) {
            builder.endpointOverride(resolvedEndpoint);
        }
        DynamoDbClient client;
        try {
            client = builder.build();
        } catch (SdkException e) {
            http.close();
            throw new StoryWeaveConfigException("Could not create the DynamoDB client: " + e.getMessage(), e);
        }
        // The client does not close an HTTP client it was handed, so the store closes it after the client.
        owned.add(0, http);
        owned.add(0, client);
        return new Connection(client, owned, where(resolvedRegion, resolvedEndpoint), provider);
    }

    private static Region region(PluginConfig cfg, String given) {
        Optional<String> name = Optional.ofNullable(given).filter(v -> !v.isBlank())
                .or(() -> cfg.get("storyweave.dynamodb.region"))
                .or(() -> cfg.environment("AWS_REGION"))
                .or(() -> cfg.environment("AWS_DEFAULT_REGION"));
        if (name.isPresent()) {
            return Region.of(name.get().trim());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkException e) {
            throw new StoryWeaveConfigException("No AWS region is configured for the DynamoDB store. Set AWS_REGION, a"
                    + " region in the AWS profile, or storyweave.dynamodb.region (STORYWEAVE_DYNAMODB_REGION).", e);
        }
    }

    private static URI endpoint(PluginConfig cfg) {
        Optional<String> configured = cfg.get("storyweave.dynamodb.endpoint");
        if (configured.isPresent()) {
            return checkedEndpoint(configured.get(), "storyweave.dynamodb.endpoint");
        }
        Optional<String> fromEnvironment = cfg.environment("AWS_ENDPOINT_URL_DYNAMODB");
        if (fromEnvironment.isPresent()) {
            return checkedEndpoint(fromEnvironment.get(), "AWS_ENDPOINT_URL_DYNAMODB");
        }
        return cfg.environment("AWS_ENDPOINT_URL").map(v -> checkedEndpoint(v, "AWS_ENDPOINT_URL")).orElse(null);
    }

    private static Optional<AwsCredentialsProvider> environmentCredentials(PluginConfig cfg) {
        Optional<String> keyId = cfg.environment("AWS_ACCESS_KEY_ID");
        Optional<String> secret = cfg.environment("AWS_SECRET_ACCESS_KEY");
        if (keyId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> token = cfg.environment("AWS_SESSION_TOKEN");
        return Optional.of(StaticCredentialsProvider.create(token.isPresent()
                ? AwsSessionCredentials.create(keyId.get(), secret.get(), token.get())
                : AwsBasicCredentials.create(keyId.get(), secret.get())));
    }

    /**
     * @param value  a URL from settings
     * @param source the setting's name, for the message
     * @return the URI
     * @throws StoryWeaveConfigException when it is not an http(s) URL with a host
     */
    public static URI checkedEndpoint(String value, String source) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("it needs http:// or https:// and a host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new StoryWeaveConfigException(source + " must be a URL such as http://localhost:8000, was \"" + value
                    + "\": " + e.getMessage());
        }
    }

    private static String where(Region region, URI endpoint) {
        return "region " + (region == null ? "unknown" : region.id())
                + (endpoint == null ? "" : ", endpoint " + endpoint);
    }
}
