package io.storyweave;

import java.util.Optional;

/** Child profiles kept in the configured store. Obtain it from {@link StoryWeave#profiles()}. */
public interface Profiles {
    /**
     * Stores a new profile; never overwrites.
     *
     * @param profile the profile (its version is ignored)
     * @return the stored profile, version 1, with timestamps
     * @throws ConflictException when a profile with this id exists
     */
    ChildProfile create(ChildProfile profile);

    /**
     * @param id the profile id
     * @return the profile, or empty when there is none
     */
    Optional<ChildProfile> get(String id);

    /**
     * Stores a change made to the version the caller read.
     *
     * @param profile the changed profile, carrying the version it was read at
     * @return the stored profile with the next version
     * @throws ConflictException when someone else changed it since; nothing is written
     * @throws NotFoundException when it does not exist
     */
    ChildProfile update(ChildProfile profile);

    /**
     * Deletes a profile and every story written for it.
     *
     * @param id the profile id
     * @return whether a profile was deleted
     */
    boolean delete(String id);

    /**
     * @param pageSize  1 to 100
     * @param pageToken {@code null} for the first page, else the previous page's token
     * @return one page of profiles
     */
    ResultPage<ChildProfile> list(int pageSize, String pageToken);
}
