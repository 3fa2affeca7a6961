package io.storyweave.dynamodb.internal;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a profile item is in its life, as story writes and listings need to know it: absent,
 * being deleted, or live with the incarnation it was created with. The incarnation is a random
 * id a profile gets when created; its stories carry it, so that a story a delete missed can never
 * show up in the library of a later profile that reuses the id.
 *
 * @param state       absent, deleting or live
 * @param incarnation the live profile's incarnation; {@code null} for one written before incarnations existed
 */
public record ProfileLife(State state, String incarnation) {
    /** The profile item attribute holding its incarnation. */
    public static final String INCARNATION = "incarnation";
    /** The profile item attribute a delete sets first (epoch milliseconds), before removing anything. */
    public static final String DELETING = "deleting";
    /** The story item attribute holding its profile's incarnation. */
    public static final String PROFILE_INCARNATION = "profileIncarnation";

    /** Where a profile is in its life. */
    public enum State { ABSENT, DELETING, LIVE }

    /**
     * @param item the profile item from a consistent read, or empty
     * @return its life
     */
    public static ProfileLife of(Optional<Map<String, AttributeValue>> item) {
        if (item.isEmpty()) {
            return new ProfileLife(State.ABSENT, null);
        }
        if (item.get().containsKey(DELETING)) {
            return new ProfileLife(State.DELETING, null);
        }
        AttributeValue incarnation = item.get().get(INCARNATION);
        return new ProfileLife(State.LIVE, incarnation == null ? null : incarnation.s());
    }

    /** @return whether stories may be written for it and listed */
    public boolean live() {
        return state == State.LIVE;
    }

    /**
     * @param later the same profile read again
     * @return whether it is still the same live profile (not deleted, not deleted and created again)
     */
    public boolean stillLiveAs(ProfileLife later) {
        return live() && later.live() && Objects.equals(incarnation, later.incarnation);
    }
}
