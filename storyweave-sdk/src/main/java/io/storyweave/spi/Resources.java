package io.storyweave.spi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one close policy of StoryWeave and its plugins, for what a client or plugin opened itself
 * (never what a user passed in): close every resource in the order given, even when one fails.
 * On a normal close a failure is logged at WARN and not thrown, since the caller can do nothing
 * about it and the others must still be closed; on a path where something already went wrong,
 * failures are added as suppressed to the exception being thrown.
 */
public final class Resources {
    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

    private Resources() {
    }

    /**
     * Closes each resource in order, even when one fails; each failure is logged at WARN with the
     * resource's type and the failure, never thrown. An interrupt while closing is kept on the thread.
     *
     * @param owner     who is closing, for the log line (e.g. {@code "the DynamoDB store"})
     * @param resources what to close, dependents before what they depend on
     */
    public static void closeAll(String owner, List<? extends AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Closing {} of {} was interrupted", resource.getClass().getSimpleName(), owner);
            } catch (Exception e) {
                LOG.warn("Closing {} of {} failed; the others are closed anyway: {}",
                        resource.getClass().getSimpleName(), owner, e.toString());
            }
        }
    }

    /**
     * Closes each resource in order, even when one fails, and records every failure as suppressed
     * on {@code failure}, so the first problem stays the one reported.
     *
     * @param resources what to close
     * @param failure   the exception being thrown
     * @param <E>       its type
     * @return {@code failure}, for {@code throw Resources.closeAfterFailure(owned, e);}
     */
    public static <E extends Throwable> E closeAfterFailure(List<? extends AutoCloseable> resources, E failure) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
        return failure;
    }
}
