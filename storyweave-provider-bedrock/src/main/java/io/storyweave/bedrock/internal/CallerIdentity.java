package io.storyweave.bedrock.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Learns which account and principal the credentials belong to, for access-denied messages:
 * users often run with cached credentials of another account than they think. Only ever used on
 * an error path, so it must never throw.
 */
public final class CallerIdentity implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdentity.class);

    private final StsClient sts;
    private final boolean ownsClient;
    private final AtomicReference<String> known = new AtomicReference<>();

    /**
     * @param sts        an STS client with the same credentials and region as the Bedrock client, or null
     * @param ownsClient whether {@link #close()} closes it
     */
    public CallerIdentity(StsClient sts, boolean ownsClient) {
        this.sts = sts;
        this.ownsClient = ownsClient;
    }

    /** @return e.g. {@code account 123456789012, principal arn:aws:iam::123456789012:user/x}, when it can be learned */
    public Optional<String> describe() {
        String cached = known.get();
        if (cached != null || sts == null) {
            return Optional.ofNullable(cached);
        }
        try {
            GetCallerIdentityResponse who = sts.getCallerIdentity();
            String text = "account " + who.account() + ", principal " + who.arn();
            known.compareAndSet(null, text);
            return Optional.of(text);
        } catch (RuntimeException e) {
            // The credentials may be the very problem; the original error is what matters.
            LOG.debug("STS GetCallerIdentity failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (ownsClient && sts != null) {
            sts.close();
        }
    }
}
