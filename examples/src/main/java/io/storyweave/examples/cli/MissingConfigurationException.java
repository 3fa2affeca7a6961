package io.storyweave.examples.cli;

/** The AWS configuration StoryWeave needs is missing; the message says what and how to set it. */
public final class MissingConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing and how to set it, in one line */
    public MissingConfigurationException(String message) {
        super(message);
    }
}
