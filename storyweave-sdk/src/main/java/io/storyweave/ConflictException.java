package io.storyweave;

/**
 * A write conflicted with the stored state: an update was based on a stale version of a profile
 * (someone else changed it first), a profile with the same id already exists, or a story was
 * written for a profile that does not exist or is being deleted. Nothing was written. The message
 * says which; for a stale profile, read it again, re-apply the change and retry.
 */
public class ConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** @param message which item, which versions, and what to do */
    public ConflictException(String message) {
        super(message, null);
    }
}
