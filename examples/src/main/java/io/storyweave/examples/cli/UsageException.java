package io.storyweave.examples.cli;

/**
 * A value on the command line (or in the environment) cannot be accepted. The command line
 * reports it in one line and exits with {@link Main#EXIT_USAGE}; nothing has been sent anywhere.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message which value is wrong and what is allowed */
    public UsageException(String message) {
        super(message);
    }
}
