package io.storyweave.bedrock.internal;

import io.storyweave.spi.Secrets;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;
import software.amazon.awssdk.identity.spi.TokenIdentity;

import java.util.concurrent.CompletableFuture;

/**
 * A Bedrock API key ({@code AWS_BEARER_TOKEN_BEDROCK}) handed to the Bedrock Runtime clients as
 * their bearer token. The AWS SDK honours the variable only from the process's own environment;
 * this carries it from the plugin configuration too (a StoryWeave builder's environment map).
 * Its {@code toString} shows only the last four characters.
 */
public final class BedrockApiKey implements IdentityProvider<TokenIdentity> {
    /** The auth scheme Bedrock Runtime calls use when a key is set, as the AWS SDK names it. */
    public static final String SCHEME = "httpBearerAuth";

    private final String key;

    /** @param key the API key; never logged or printed */
    public BedrockApiKey(String key) {
        this.key = key;
    }

    @Override
    public Class<TokenIdentity> identityType() {
        return TokenIdentity.class;
    }

    @Override
    public CompletableFuture<TokenIdentity> resolveIdentity(ResolveIdentityRequest request) {
        return CompletableFuture.completedFuture(TokenIdentity.create(key));
    }

    /** @return the key masked to its last four characters */
    public String masked() {
        return Secrets.maskAccessKeyId(key);
    }

    @Override
    public String toString() {
        return "BedrockApiKey[" + masked() + "]";
    }
}
