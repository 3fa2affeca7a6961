package io.storyweave;

import java.util.Optional;

/**
 * The store failed. When the failure happened after a paid model call, {@link #unsavedStory()}
 * carries the generated story so nothing paid for is lost; it also stays in the local cache.
 */
public class StorageException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;
    private final transient Story unsavedStory;

    /**
     * @param message what failed and what to do
     * @param cause   the store's failure
     */
    public StorageException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * @param message      what failed and what to do
     * @param cause        the store's failure
     * @param unsavedStory the story that was generated but could not be written, or {@code null}
     */
    public StorageException(String message, Throwable cause, Story unsavedStory) {
        super(message, cause);
        this.unsavedStory = unsavedStory;
    }

    /** @return the generated story that could not be stored, if the failure came after generation */
    public Optional<Story> unsavedStory() {
        return Optional.ofNullable(unsavedStory);
    }
}
