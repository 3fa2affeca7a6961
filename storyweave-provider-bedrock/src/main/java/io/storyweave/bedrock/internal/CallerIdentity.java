package io.storyweave.bedrock.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Learns which account and principal the credentials belong to, for access-denied messages:
 * users often run with cached credentials of another account than they think. Only ever used on
 * an error path, so it must never throw.
 */
public final class CallerIdentity implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdentity.class);

    private final Supplier<StsClient> factory;
    private final AtomicReference<String> known = new AtomicReference<>();
    private StsClient sts;
    private boolean closed;

    /**
     * @param factory creates an STS client with the same credentials and region as the Bedrock
     *                client; called on the first error that needs it (most clients never do), and
     *                the client is closed by {@link #close()}
     */
    public CallerIdentity(Supplier<StsClient> factory) {
        this.factory = factory;
    }

    private synchronized StsClient client() {
        if (sts == null && !closed) {
            sts = factory.get();
        }
        return sts;
    }

    /**
     * Asks STS, failing as STS does (for a self-check that reports why).
     *
     * @return STS's answer
     * @throws IllegalStateException when this object is closed
     * @throws RuntimeException      whatever the AWS SDK throws
     */
    public GetCallerIdentityResponse lookUp() {
        StsClient client = client();
        if (client == null) {
            throw new IllegalStateException("the Bedrock provider is closed");
        }
        return client.getCallerIdentity();
    }

    /** @return e.g. {@code account 123456789012, principal arn:aws:iam::123456789012:user/x}, when it can be learned */
    public Optional<String> describe() {
        String cached = known.get();
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            GetCallerIdentityResponse who = lookUp();
            String text = "account " + who.account() + ", principal " + who.arn();
            known.compareAndSet(null, text);
            return Optional.of(text);
        } catch (RuntimeException e) {
            // The credentials may be the very problem (or the provider is closed); the original error is what matters.
            LOG.debug("STS GetCallerIdentity failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (sts != null) {
            sts.close();
        }
    }
}
