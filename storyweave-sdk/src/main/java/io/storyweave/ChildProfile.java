package io.storyweave;

import io.storyweave.internal.Validate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A child's stored needs and interests. The display name stays with StoryWeave: it is written
 * into stories as the hero's name but never sent to the model.
 *
 * @param id              unique id (a UUID unless you choose one)
 * @param displayName     the child's name, 1 to 40 characters
 * @param age             3 to 12
 * @param neurotypes      one or more
 * @param interests       0 to 8 interests
 * @param topicsToAvoid   0 to 20 topics never to write about
 * @param literalLanguage no idioms, metaphors or sarcasm
 * @param anxietyStyle    how worry is handled, or {@code null}
 * @param pronouns        the pronouns stories use for the child, or {@code null} to leave them to the model
 * @param version         increases by one on every stored change; updates must carry the version they read
 * @param createdAt       when it was first stored, or {@code null} before that
 * @param updatedAt       when it was last stored, or {@code null} before that
 */
public record ChildProfile(String id, String displayName, int age, List<Neurotype> neurotypes, List<String> interests,
                           List<String> topicsToAvoid, boolean literalLanguage, AnxietyStyle anxietyStyle,
                           Pronouns pronouns, long version, Instant createdAt, Instant updatedAt) {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]+");

    /** Validates every field; throws {@link InvalidRequestException} naming the bad one. */
    public ChildProfile {
        id = Validate.requiredText("id", id, 1, 128);
        if (!ID.matcher(id).matches()) {
            throw new InvalidRequestException("id", "a profile id may hold letters, digits and _ . : - only; was "
                    + Validate.quote(id));
        }
        displayName = HeroName.check(Validate.requiredText("displayName", displayName, 1, 40));
        Validate.range("age", age, StoryRequest.MIN_AGE, StoryRequest.MAX_AGE);
        neurotypes = List.copyOf(EnumSet.copyOf(Validate.nonEmpty("neurotypes", neurotypes)));
        interests = Validate.textList("interests", interests, StoryRequest.MAX_INTERESTS, 40);
        topicsToAvoid = Validate.textList("topicsToAvoid", topicsToAvoid, 20, 40);
        if (version < 0) {
            throw new InvalidRequestException("version", "version cannot be negative, was " + version);
        }
    }

    /** @return a builder for a new profile with a random id */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this profile's values (and version), for an update */
    public Builder toBuilder() {
        return new Builder().id(id).displayName(displayName).age(age).neurotypes(neurotypes).interests(interests)
                .topicsToAvoid(topicsToAvoid).literalLanguage(literalLanguage).anxietyStyle(anxietyStyle)
                .pronouns(pronouns).version(version).createdAt(createdAt).updatedAt(updatedAt);
    }

    /** Builds a {@link ChildProfile}; {@link #build()} validates. */
    public static final class Builder {
        private String id = UUID.randomUUID().toString();
        private String displayName;
        private int age;
        private List<Neurotype> neurotypes = List.of(Neurotype.NEUROTYPICAL);
        private List<String> interests = List.of();
        private List<String> topicsToAvoid = List.of();
        private boolean literalLanguage;
        private AnxietyStyle anxietyStyle;
        private Pronouns pronouns;
        private long version;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /**
         * @param value the id
         * @return this
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * @param value the child's name
         * @return this
         */
        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        /**
         * @param value 3 to 12
         * @return this
         */
        public Builder age(int value) {
            age = value;
            return this;
        }

        /**
         * @param values one or more neurotypes
         * @return this
         */
        public Builder neurotypes(List<Neurotype> values) {
            neurotypes = values;
            return this;
        }

        /**
         * @param values one or more neurotypes
         * @return this
         */
        public Builder neurotypes(Neurotype... values) {
            return neurotypes(values == null ? null : List.of(values));
        }

        /**
         * @param values interests
         * @return this
         */
        public Builder interests(List<String> values) {
            interests = values;
            return this;
        }

        /**
         * @param values topics never to write about
         * @return this
         */
        public Builder topicsToAvoid(List<String> values) {
            topicsToAvoid = values;
            return this;
        }

        /**
         * @param value no idioms, metaphors or sarcasm
         * @return this
         */
        public Builder literalLanguage(boolean value) {
            literalLanguage = value;
            return this;
        }

        /**
         * @param value how worry is handled
         * @return this
         */
        public Builder anxietyStyle(AnxietyStyle value) {
            anxietyStyle = value;
            return this;
        }

        /**
         * @param value the pronouns stories use for the child, or {@code null} to leave them to the model
         * @return this
         */
        public Builder pronouns(Pronouns value) {
            pronouns = value;
            return this;
        }

        /**
         * @param value the version this change is based on
         * @return this
         */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /**
         * @param value creation time
         * @return this
         */
        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        /**
         * @param value last update time
         * @return this
         */
        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        /** @return the validated profile */
        public ChildProfile build() {
            return new ChildProfile(id, displayName, age, neurotypes, interests, topicsToAvoid, literalLanguage,
                    anxietyStyle, pronouns, version, createdAt, updatedAt);
        }
    }

    /**
     * @param newVersion the version to record
     * @param now        the time of the write
     * @return a copy stamped for storing
     */
    public ChildProfile stamped(long newVersion, Instant now) {
        Objects.requireNonNull(now, "now");
        return new ChildProfile(id, displayName, age, neurotypes, interests, topicsToAvoid, literalLanguage,
                anxietyStyle, pronouns, newVersion, createdAt == null ? now : createdAt, now);
    }
}
