package io.storyweave.spi;

import io.storyweave.ConflictException;
import io.storyweave.ResultPage;
import io.storyweave.Story;

import java.util.Optional;

/**
 * The stories facet of a {@link StoryStore}: every story written, by id, and each profile's
 * library. Implementations must be thread-safe and report failures as
 * {@link io.storyweave.StorageException} (or its subtypes).
 */
public interface StoryLibrary {
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
     * Lists every story, a page at a time: those of every live profile and those without a profile.
     * Stories of a deleted (or being deleted) profile are never listed. The order is the store's own (the memory store lists newest first,
     * DynamoDB in its scan order) but stable across pages, so walking the pages visits every story
     * once. Listing may be eventually consistent, like {@link #listStories}.
     *
     * @param limit     1 to 100
     * @param pageToken {@code null} or a token this store returned for this listing
     * @return one page of stories, with or without a profile
     * @throws io.storyweave.InvalidRequestException when the token is not one this listing returned
     */
    ResultPage<Story> listAllStories(int limit, String pageToken);

    /**
     * Deletes one story; deleting a story that is not there is harmless.
     *
     * @param id the story id
     * @return whether a story was deleted
     */
    boolean deleteStory(String id);

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
}
