package io.storyweave;

/**
 * StoryWeave is configured in a way that cannot work (unknown tier, missing plugin, missing
 * table, ...). The message names the problem and the fix.
 */
public class StoryWeaveConfigException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;

    /** @param message the problem and the fix */
    public StoryWeaveConfigException(String message) {
        super(message);
    }

    /**
     * @param message the problem and the fix
     * @param cause   the underlying failure
     */
    public StoryWeaveConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
