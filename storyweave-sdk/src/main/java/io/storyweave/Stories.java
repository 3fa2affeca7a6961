package io.storyweave;

import java.util.Optional;

/** Stories kept in the configured store. Obtain it from {@link StoryWeave#stories()}. */
public interface Stories {
    /**
     * @param id the story id
     * @return the story, or empty when there is none
     */
    Optional<Story> get(String id);

    /**
     * @param profileId the profile
     * @param pageSize  1 to 100
     * @param pageToken {@code null} for the first page, else the previous page's token
     * @return one page of that profile's stories, newest first
     */
    ResultPage<Story> listByProfile(String profileId, int pageSize, String pageToken);
}
