package io.storyweave.spi;

import java.util.List;

/** Closing what a plugin or client opened, for the paths where something already went wrong. */
public final class Resources {
    private Resources() {
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
