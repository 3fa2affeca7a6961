package io.storyweave.bench;

import io.storyweave.ChildProfile;
import io.storyweave.ResultPage;
import io.storyweave.Story;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;

import java.util.List;
import java.util.Optional;

/**
 * A store that keeps nothing and has no shared cache, so the heap a benchmark measures is level
 * 1's alone.
 */
final class NullStore implements StoryStore, ProfileStore, StoryLibrary {
    @Override
    public String name() {
        return "null";
    }

    @Override
    public ProfileStore profiles() {
        return this;
    }

    @Override
    public StoryLibrary stories() {
        return this;
    }

    @Override
    public void createProfile(ChildProfile profile) {
    }

    @Override
    public Optional<ChildProfile> getProfile(String id) {
        return Optional.empty();
    }

    @Override
    public void updateProfile(ChildProfile profile, long expectedVersion) {
    }

    @Override
    public boolean deleteProfile(String id) {
        return false;
    }

    @Override
    public ResultPage<ChildProfile> listProfiles(int limit, String pageToken) {
        return new ResultPage<>(List.of(), null);
    }

    @Override
    public void putStory(Story story) {
    }

    @Override
    public Optional<Story> getStory(String id) {
        return Optional.empty();
    }

    @Override
    public ResultPage<Story> listStories(String profileId, int limit, String pageToken) {
        return new ResultPage<>(List.of(), null);
    }

    @Override
    public ResultPage<Story> listAllStories(int limit, String pageToken) {
        return new ResultPage<>(List.of(), null);
    }

    @Override
    public boolean deleteStory(String id) {
        return false;
    }
}
