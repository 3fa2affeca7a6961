package io.storyweave.spi;

import io.storyweave.ChildProfile;
import io.storyweave.ResultPage;

import java.util.Optional;

/**
 * The profiles facet of a {@link StoryStore}: child profiles with optimistic locking.
 * Implementations must be thread-safe and report failures as {@link io.storyweave.StorageException}
 * (or its subtypes). The contract every implementation must pass is
 * {@code io.storyweave.testing.StoryStoreContract} in the {@code storyweave-testing} artifact.
 */
public interface ProfileStore {
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
     * runs: from its start the profile reads as absent and {@link StoryLibrary#putStory} for it fails, and no
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
}
