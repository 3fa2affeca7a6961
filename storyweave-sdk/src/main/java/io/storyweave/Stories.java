package io.storyweave;

import java.util.Optional;

/** Stories kept in the configured store. Obtain it from {@link StoryWeave#stories()}. */
public interface Stories {
    /**
     * Reads one story. Read-your-write: a story that {@code createStory} returned (from any
     * instance sharing the store) is found here at once, with or without a profile. (The embedded
     * memory store keeps a bounded number of stories, the oldest written going first.)
     *
     * @param id the story id
     * @return the story, or empty when there is none
     */
    Optional<Story> get(String id);

    /**
     * Lists a profile's library. The listing is eventually consistent: with the DynamoDB store it
     * is read from an index that lags writes (usually well under a second), so a story created a
     * moment ago may be missing from it briefly. To show a story just created, use the one
     * {@code createStory} returned, or {@link #get(String)} its id.
     *
     * @param profileId the profile
     * @param pageSize  1 to 100
     * @param pageToken {@code null} for the first page, else the previous page's token
     * @return one page of that profile's stories, newest first; empty when the profile does not exist
     */
    ResultPage<Story> listByProfile(String profileId, int pageSize, String pageToken);

    /**
     * Lists every story in the library, a page at a time, in the store's own order (stable across
     * pages): the stories of every profile and the stories written without a profile (one per
     * distinct story and hero name). Eventually consistent like {@link #listByProfile}.
     *
     * @param pageSize  1 to 100
     * @param pageToken {@code null} for the first page, else the previous page's token
     * @return one page of stories, with or without a profile
     * @throws InvalidRequestException when the page size is out of range or the token is not one
     *         this listing returned
     */
    ResultPage<Story> listAll(int pageSize, String pageToken);

    /**
     * Deletes one story from the library (its profile's, if it has one). A story written from it for another request is
     * not affected; the shared cache (which keeps templates, not a child's copy) is not touched.
     *
     * @param id the story id
     * @return whether a story was deleted ({@code false} when there was none)
     */
    boolean delete(String id);
}
