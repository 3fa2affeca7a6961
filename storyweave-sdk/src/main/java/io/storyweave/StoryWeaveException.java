package io.storyweave;

/**
 * Root of every exception StoryWeave throws. It is unchecked; catch a subtype to act on a
 * specific failure, or this type to handle all of them.
 */
public class StoryWeaveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, with the offending value, and what to do
     */
    public StoryWeaveException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with the offending value, and what to do
     * @param cause   the underlying failure
     */
    public StoryWeaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
