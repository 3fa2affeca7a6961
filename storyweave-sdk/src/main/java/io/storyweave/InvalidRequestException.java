package io.storyweave;

/**
 * The caller passed a value StoryWeave cannot accept. Nothing was sent to any service and
 * nothing was written. The message names the field, the value and what is allowed.
 */
public class InvalidRequestException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param field   the name of the rejected field
     * @param message what was wrong and what is allowed
     */
    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the name of the rejected field, e.g. {@code age} */
    public String field() {
        return field;
    }
}
