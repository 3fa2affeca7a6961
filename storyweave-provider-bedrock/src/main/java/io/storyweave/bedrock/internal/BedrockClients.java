package io.storyweave.bedrock.internal;

import io.storyweave.StoryWeaveConfigException;
import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.spi.Resources;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.auth.scheme.BedrockRuntimeAuthSchemeProvider;
import software.amazon.awssdk.services.sts.StsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The AWS clients one provider uses, built from its settings: the sync Bedrock Runtime client
 * (Converse, ApplyGuardrail), the async one for ConverseStream (created on the first stream), and
 * STS to name the caller in access-denied errors. The AWS SDK's own retries are off on all of them,
 * so StoryWeave's core alone decides how often a call is repeated; the Bedrock Runtime clients' call
 * timeouts run on a scheduler of the provider's own ({@link CallTimers}). Closes what it created and
 * leaves what it was given open.
 */
public final class BedrockClients implements AutoCloseable {
    private static final Duration STS_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LONGEST_CONNECT = Duration.ofSeconds(10);

    private final BedrockRuntimeClient sync;
    private final LazyAsyncClient async;
    private final CallerIdentity identity;
    private final List<AutoCloseable> owned;

    private BedrockClients(BedrockRuntimeClient sync, LazyAsyncClient async, CallerIdentity identity,
                           List<AutoCloseable> owned) {
        this.sync = sync;
        this.async = async;
        this.identity = identity;
        this.owned = owned;
    }

    /**
     * What the caller may pass in instead of letting the provider create it; each may be {@code null}.
     *
     * @param credentials     credentials for Bedrock and STS, else the AWS default chain
     * @param httpClient      HTTP client for Converse and STS
     * @param asyncHttpClient HTTP client for ConverseStream
     * @param apiKey          a Bedrock API key: Bedrock Runtime calls then carry it as a bearer token
     *                        instead of a SigV4 signature (STS still uses the credentials)
     */
    public record Given(AwsCredentialsProvider credentials, SdkHttpClient httpClient, SdkAsyncHttpClient asyncHttpClient,
                        BedrockApiKey apiKey) {
        /** Nothing given: the provider creates all of it. */
        public static final Given NOTHING = new Given(null, null, null, null);
    }

    /**
     * @param settings the resolved settings
     * @param given    what the caller passed in
     * @return the clients
     * @throws StoryWeaveConfigException when the AWS SDK cannot build them
     */
    public static BedrockClients assemble(BedrockSettings settings, Given given) {
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            AwsCredentialsProvider credentials = given.credentials();
            if (credentials == null) {
                DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
                owned.add(chain);
                credentials = chain;
            }
            SdkHttpClient http = given.httpClient();
            if (http == null) {
                http = httpClient(settings.maxConnections(), settings.timeout());
                owned.add(http);
            }
            Region region = Region.of(settings.region());
            CallTimers timers = new CallTimers(settings.timeout());
            owned.add(timers);
            ClientOverrideConfiguration noRetries = noRetries(settings.timeout(), timers.executor());
            var syncBuilder = BedrockRuntimeClient.builder().region(region).credentialsProvider(credentials)
                    .httpClient(http).overrideConfiguration(noRetries);
            var asyncBuilder = BedrockRuntimeAsyncClient.builder().region(region).credentialsProvider(credentials)
                    .overrideConfiguration(noRetries);
            if (given.asyncHttpClient() != null) {
                asyncBuilder.httpClient(given.asyncHttpClient());
            }
            var stsBuilder = StsClient.builder().region(region).credentialsProvider(credentials).httpClient(http)
                    .overrideConfiguration(noRetries(STS_TIMEOUT, null));
            if (given.apiKey() != null) {
                // As the AWS SDK does for AWS_BEARER_TOKEN_BEDROCK in its own environment: the key, preferred over SigV4.
                BedrockRuntimeAuthSchemeProvider bearerFirst =
                        BedrockRuntimeAuthSchemeProvider.defaultProvider(List.of(BedrockApiKey.SCHEME));
                syncBuilder.tokenProvider(given.apiKey()).authSchemeProvider(bearerFirst);
                asyncBuilder.tokenProvider(given.apiKey()).authSchemeProvider(bearerFirst);
            }
            if (settings.endpoint() != null) {
                syncBuilder.endpointOverride(settings.endpoint());
                asyncBuilder.endpointOverride(settings.endpoint());
            }
            if (settings.stsEndpoint() != null) {
                stsBuilder.endpointOverride(settings.stsEndpoint());
            }
            BedrockRuntimeClient sync = syncBuilder.build();
            owned.add(0, sync);
            int connections = settings.maxConnections();
            Duration timeout = settings.timeout();
            LazyAsyncClient async = new LazyAsyncClient(asyncBuilder, given.asyncHttpClient() != null ? null
                    : () -> NettyNioAsyncHttpClient.builder().maxConcurrency(connections).readTimeout(timeout)
                    .connectionTimeout(shorter(timeout, LONGEST_CONNECT)).build());
            owned.add(0, async);
            CallerIdentity identity = new CallerIdentity(stsBuilder::build);
            owned.add(0, identity);
            return new BedrockClients(sync, async, identity, List.copyOf(owned));
        } catch (RuntimeException e) {
            Resources.closeAfterFailure(owned, e);
            throw e instanceof StoryWeaveConfigException ? e
                    : new StoryWeaveConfigException("The Bedrock provider could not start: " + e.getMessage(), e);
        }
    }

    /**
     * @param connections pool size
     * @param timeout     socket timeout; the connect timeout is the shorter of it and 10 s
     * @return an HTTP client for the sync clients
     */
    public static SdkHttpClient httpClient(int connections, Duration timeout) {
        return Apache5HttpClient.builder().maxConnections(connections).socketTimeout(timeout)
                .connectionTimeout(shorter(timeout, LONGEST_CONNECT)).build();
    }

    /**
     * @param apiCallTimeout the longest one call may take
     * @param timers         the scheduler for that timeout, or {@code null} for the SDK's own (see {@link CallTimers})
     * @return client settings with the AWS SDK's own retries off
     */
    public static ClientOverrideConfiguration noRetries(Duration apiCallTimeout, ScheduledExecutorService timers) {
        ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(apiCallTimeout);
        if (timers != null) {
            b.scheduledExecutorService(timers);
        }
        return b.build();
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** @return the client for Converse and ApplyGuardrail */
    public BedrockRuntimeClient sync() {
        return sync;
    }

    /** @return the client for ConverseStream, created on first use */
    public BedrockRuntimeAsyncClient async() {
        return async.get();
    }

    /** @return who the credentials belong to, learned on first need */
    public CallerIdentity identity() {
        return identity;
    }

    /** Closes the clients, HTTP clients and credentials provider created here; passed-in ones stay open. */
    @Override
    public void close() {
        Resources.closeAll("the Bedrock provider", owned);
    }
}
