package io.storyweave.spi;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.ResultPage;
import io.storyweave.Story;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps profiles, stories and the shared story cache. Implementations must be thread-safe and
 * report failures as {@link io.storyweave.StorageException} (or its subtypes).
 */
public interface StoryStore extends AutoCloseable {
    /** @return the store's name, e.g. {@code memory} */
    String name();

    /**
     * Writes a new profile only if no profile with its id exists.
     *
     * @param profile the profile to write, already stamped with version 1 and timestamps
     * @throws io.storyweave.ConflictException when the id is taken
     */
    void createProfile(ChildProfile profile);

    /**
     * A strongly consistent read: a profile created, changed or deleted by any instance is seen
     * as such by the next read.
     *
     * @param id the profile id
     * @return the profile, or empty (also while it is being deleted)
     */
    Optional<ChildProfile> getProfile(String id);

    /**
     * Replaces a profile only if its stored version is {@code expectedVersion}.
     *
     * @param profile         the new state, stamped with {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.storyweave.ConflictException when the stored version differs; nothing is written
     * @throws io.storyweave.NotFoundException when the profile does not exist
     */
    void updateProfile(ChildProfile profile, long expectedVersion);

    /**
     * Deletes a profile and all its stories, including any story written for it while the delete
     * runs: from its start the profile reads as absent and {@link #putStory} for it fails, and no
     * story of it may appear in the library of a profile created later with the same id.
     *
     * @param id the profile id
     * @return whether the profile existed
     */
    boolean deleteProfile(String id);

    /**
     * @param limit     1 to 100
     * @param pageToken {@code null} or a token this store returned
     * @return one page of profiles
     */
    ResultPage<ChildProfile> listProfiles(int limit, String pageToken);

    /**
     * Writes a story (idempotent for the same id). A story of a profile
     * ({@code story.request().profileId()} set) is written only while that profile exists and is
     * not being deleted, and a write that races the profile's deletion either lands before the
     * delete removes the profile's stories or fails leaving nothing behind. Stories without a
     * profile (the shared templates) are written unconditionally.
     *
     * @param story the story
     * @throws io.storyweave.ConflictException when the story's profile does not exist or is being
     *         deleted (use {@link #noProfileFor(Story)}); the story was not kept
     */
    void putStory(Story story);

    /**
     * A strongly consistent read, so a story is found right after {@link #putStory} returned, by
     * any instance.
     *
     * @param id the story id
     * @return the story, or empty
     */
    Optional<Story> getStory(String id);

    /**
     * Lists a profile's library. Listing may be eventually consistent (DynamoDB reads it from an
     * index that lags writes by up to about a second): a story written just before may be missing
     * from the list for a moment, while {@link #getStory} already finds it.
     *
     * @param profileId the profile
     * @param limit     1 to 100
     * @param pageToken {@code null} or a token this store returned
     * @return one page of that profile's stories, newest first; empty when the profile does not exist
     */
    ResultPage<Story> listStories(String profileId, int limit, String pageToken);

    /**
     * @param key a cache key from the core
     * @return the cached story if present and not expired (expired items are ignored even before removal)
     */
    Optional<Story> getCachedStory(String key);

    /**
     * @param key   a cache key from the core
     * @param story the story
     * @param ttl   how long it may be served
     */
    void putCachedStory(String key, Story story, Duration ttl);

    /**
     * Takes the right to call the model for {@code key}, if nobody holds an unexpired lease.
     * Must be atomic across every instance sharing the store (a conditional write).
     *
     * @param key   a cache key from the core
     * @param owner a unique id of the caller
     * @param ttl   how long the lease lasts if not released
     * @return whether the caller now holds the lease
     */
    boolean tryAcquireLease(String key, String owner, Duration ttl);

    /**
     * Extends a lease its owner is still using, so that other instances keep waiting for its story
     * while a slow model call runs; the core calls it every third of the lease's duration. Must be
     * atomic like {@link #tryAcquireLease} (a write conditional on the owner).
     *
     * @param key   a cache key from the core
     * @param owner the id used to acquire it
     * @param ttl   how long the lease lasts from now if not renewed again
     * @return whether {@code owner} still holds the lease (false when it expired and another
     *         instance took it over, or it is gone); nothing is written when false
     */
    boolean renewLease(String key, String owner, Duration ttl);

    /**
     * Gives the lease up if {@code owner} still holds it.
     *
     * @param key   a cache key from the core
     * @param owner the id used to acquire it
     */
    void releaseLease(String key, String owner);

    /**
     * The failure {@link #putStory} reports for a story whose profile does not exist or is being deleted.
     *
     * @param story the story that was not kept
     * @return the exception to throw, naming the profile and what to do
     */
    static ConflictException noProfileFor(Story story) {
        String profileId = story.request().profileId();
        return new ConflictException("Profile " + profileId + " does not exist or is being deleted, so story "
                + story.id() + " was not added to its library and nothing of it was kept. If the profile was just"
                + " deleted the story is not wanted; otherwise create the profile (or pick an existing one with"
                + " profiles().list) and write the story again.");
    }

    /** Releases connections. */
    @Override
    default void close() {
    }
}
