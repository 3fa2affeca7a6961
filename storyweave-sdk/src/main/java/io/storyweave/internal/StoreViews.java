package io.storyweave.internal;

import io.storyweave.ChildProfile;
import io.storyweave.InvalidRequestException;
import io.storyweave.Profiles;
import io.storyweave.ResultPage;
import io.storyweave.Stories;
import io.storyweave.Story;
import io.storyweave.StoryWeaveEvents.StoreOperation;
import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.StoryLibrary;

import java.util.Optional;

/** The public {@link Profiles} and {@link Stories} views over the configured store. */
public final class StoreViews {
    private StoreViews() {
    }

    public static Profiles profiles(StoryEngine engine) {
        ProfileStore store = engine.store().profiles();
        StoreWriter writer = engine.storeWriter();
        return new Profiles() {
            @Override
            public ChildProfile create(ChildProfile profile) {
                Validate.notNull("profile", profile);
                ChildProfile stamped = profile.toBuilder().createdAt(null).build().stamped(1, engine.clock().instant());
                writer.call(StoreOperation.CREATE_PROFILE, "create profile " + profile.id(), () -> {
                    store.createProfile(stamped);
                    return null;
                });
                return stamped;
            }

            @Override
            public Optional<ChildProfile> get(String id) {
                String checked = Validate.requiredText("id", id, 1, 128);
                return writer.call(StoreOperation.GET_PROFILE, "read profile " + checked, () -> store.getProfile(checked));
            }

            @Override
            public ChildProfile update(ChildProfile profile) {
                Validate.notNull("profile", profile);
                if (profile.version() < 1) {
                    throw new InvalidRequestException("version", "update needs the version the profile was read at"
                            + " (1 or more), was " + profile.version() + "; read it with profiles().get(id) first");
                }
                ChildProfile stamped = profile.stamped(profile.version() + 1, engine.clock().instant());
                writer.call(StoreOperation.UPDATE_PROFILE, "update profile " + profile.id(), () -> {
                    store.updateProfile(stamped, profile.version());
                    return null;
                });
                return stamped;
            }

            @Override
            public boolean delete(String id) {
                String checked = Validate.requiredText("id", id, 1, 128);
                return writer.call(StoreOperation.DELETE_PROFILE, "delete profile " + checked,
                        () -> store.deleteProfile(checked));
            }

            @Override
            public ResultPage<ChildProfile> list(int pageSize, String pageToken) {
                Validate.range("pageSize", pageSize, 1, 100);
                return writer.call(StoreOperation.LIST_PROFILES, "list profiles",
                        () -> store.listProfiles(pageSize, pageToken));
            }
        };
    }

    public static Stories stories(StoryEngine engine) {
        StoryLibrary store = engine.store().stories();
        StoreWriter writer = engine.storeWriter();
        return new Stories() {
            @Override
            public Optional<Story> get(String id) {
                String checked = Validate.requiredText("id", id, 1, 128);
                return writer.call(StoreOperation.GET_STORY, "read story " + checked, () -> store.getStory(checked));
            }

            @Override
            public ResultPage<Story> listByProfile(String profileId, int pageSize, String pageToken) {
                String checked = Validate.requiredText("profileId", profileId, 1, 128);
                Validate.range("pageSize", pageSize, 1, 100);
                return writer.call(StoreOperation.LIST_STORIES, "list stories of profile " + checked,
                        () -> store.listStories(checked, pageSize, pageToken));
            }

            @Override
            public ResultPage<Story> listAll(int pageSize, String pageToken) {
                Validate.range("pageSize", pageSize, 1, 100);
                return writer.call(StoreOperation.LIST_STORIES, "list stories", () -> store.listAllStories(pageSize, pageToken));
            }

            @Override
            public boolean delete(String id) {
                String checked = Validate.requiredText("id", id, 1, 128);
                return engine.deleteStory(checked);
            }
        };
    }
}
