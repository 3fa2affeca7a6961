package io.storyweave.bedrock.internal;

import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClientBuilder;

import java.util.function.Supplier;

/**
 * Creates the async client (and its Netty event loops) on the first streaming call only: most
 * users never stream, and an idle event loop group still costs threads and seconds to shut down.
 */
public final class LazyAsyncClient implements AutoCloseable {
    private final BedrockRuntimeAsyncClientBuilder builder;
    private final Supplier<SdkAsyncHttpClient> ownHttpClient;
    private BedrockRuntimeAsyncClient client;
    private SdkAsyncHttpClient createdHttp;
    private boolean closed;

    /**
     * @param builder       a configured builder, without an HTTP client when {@code ownHttpClient} is given
     * @param ownHttpClient creates an HTTP client this object then owns, or null when the builder already has one
     */
    public LazyAsyncClient(BedrockRuntimeAsyncClientBuilder builder, Supplier<SdkAsyncHttpClient> ownHttpClient) {
        this.builder = builder;
        this.ownHttpClient = ownHttpClient;
    }

    /** @return the client, created on first use */
    public synchronized BedrockRuntimeAsyncClient get() {
        if (closed) {
            throw new IllegalStateException("the Bedrock provider is closed");
        }
        if (client == null) {
            if (ownHttpClient != null) {
                createdHttp = ownHttpClient.get();
                builder.httpClient(createdHttp);
            }
            client = builder.build();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            client.close();
        }
        if (createdHttp != null) {
            createdHttp.close();
        }
    }
}
