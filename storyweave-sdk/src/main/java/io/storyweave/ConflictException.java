package io.storyweave;

/**
 * A write conflicted with the stored state: an update was based on a stale version of a profile
 * (someone else changed it first), or a profile with the same id already exists. Nothing was
 * written. Read the profile again, re-apply the change and retry.
 */
public class ConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** @param message which item, which versions, and what to do */
    public ConflictException(String message) {
        super(message, null);
    }
}
