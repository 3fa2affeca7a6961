package io.storyweave;

/** A profile or story the caller named does not exist. */
public class NotFoundException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field   the field that named the missing item, e.g. {@code profileId}
     * @param message what is missing and how to find valid ids
     */
    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
