package io.storyweave;

import io.storyweave.internal.Validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What story to write. Text fields are cleaned (control characters removed, whitespace folded)
 * before they are checked, so the stored values are exactly what the model will see.
 *
 * @param neurotypes      one or more neurotypes; when several apply, the strictest limit of each wins
 * @param age             the child's age, 3 to 12
 * @param theme           what the story is about, 1 to 60 characters
 * @param interests       0 to 8 interests of 1 to 40 characters each
 * @param pages           number of pages, 1 to 20
 * @param profileId       the stored child profile this story is for, or {@code null}
 * @param heroName        the hero's name (1 to 40 characters) or {@code null}; it is never sent to the model
 * @param literalLanguage no idioms, metaphors or sarcasm (always on for {@link Neurotype#AUTISM})
 * @param topicsToAvoid   0 to 20 topics that must never appear in the story
 * @param anxietyStyle    how worry is handled; {@code null} means {@link AnxietyStyle#CALM} when
 *                        {@link Neurotype#ANXIETY} applies
 * @param heroPronouns    the pronouns the story uses for the hero, or {@code null} to leave them to the model
 * @param fresh           write a new story even when an identical one is cached
 */
public record StoryRequest(List<Neurotype> neurotypes, int age, String theme, List<String> interests, int pages,
                           String profileId, String heroName, boolean literalLanguage, List<String> topicsToAvoid,
                           AnxietyStyle anxietyStyle, Pronouns heroPronouns, boolean fresh) {
    /** Youngest age supported. */
    public static final int MIN_AGE = 3;
    /** Oldest age supported. */
    public static final int MAX_AGE = 12;
    /** Most pages a story may have. */
    public static final int MAX_PAGES = 20;
    /** Most interests a request may name. */
    public static final int MAX_INTERESTS = 8;

    /** Validates and normalises every field; throws {@link InvalidRequestException} naming the bad one. */
    public StoryRequest {
        List<Neurotype> given = Validate.nonEmpty("neurotypes", neurotypes);
        EnumSet<Neurotype> set = EnumSet.copyOf(given);
        if (set.size() > 1) {
            set.remove(Neurotype.NEUROTYPICAL);
        }
        neurotypes = List.copyOf(set);
        Validate.range("age", age, MIN_AGE, MAX_AGE);
        theme = Validate.requiredText("theme", theme, 1, 60);
        interests = Validate.textList("interests", interests, MAX_INTERESTS, 40);
        Validate.range("pages", pages, 1, MAX_PAGES);
        profileId = Validate.optionalText("profileId", profileId, 1, 128);
        heroName = HeroName.check(heroName);
        topicsToAvoid = Validate.textList("topicsToAvoid", topicsToAvoid, 20, 40);
        if (anxietyStyle == null && neurotypes.contains(Neurotype.ANXIETY)) {
            anxietyStyle = AnxietyStyle.CALM;
        }
        if (neurotypes.contains(Neurotype.AUTISM)) {
            literalLanguage = true;
        }
    }

    /**
     * The common case: one neurotype, no profile, no hero name.
     *
     * @param neurotype the child's neurotype
     * @param age       3 to 12
     * @param theme     1 to 60 characters
     * @param interests 0 to 8 interests
     * @param pages     1 to 20
     * @return the validated request
     */
    public static StoryRequest of(Neurotype neurotype, int age, String theme, List<String> interests, int pages) {
        return builder().neurotype(neurotype).age(age).theme(theme).interests(interests).pages(pages).build();
    }

    /** @return a builder with no neurotype set yet; {@code neurotype(...)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.neurotypes.addAll(neurotypes);
        return b.age(age).theme(theme).interests(interests).pages(pages).profileId(profileId).heroName(heroName)
                .literalLanguage(literalLanguage).topicsToAvoid(topicsToAvoid).anxietyStyle(anxietyStyle)
                .heroPronouns(heroPronouns).fresh(fresh);
    }

    /**
     * The request for a stored child: age, neurotypes, interests, needs and pronouns from the
     * profile; theme, pages and hero name from the options (the hero is called by the profile's
     * display name unless the options name another).
     *
     * @param profile a profile
     * @param options theme, pages, hero name, fresh
     * @return the validated request, linked to the profile
     */
    public static StoryRequest forProfile(ChildProfile profile, StoryOptions options) {
        Validate.notNull("profile", profile);
        Validate.notNull("options", options);
        return builder()
                .neurotypes(profile.neurotypes())
                .age(profile.age())
                .theme(options.theme())
                .interests(profile.interests())
                .pages(options.pages())
                .profileId(profile.id())
                .heroName(options.heroName() != null ? options.heroName() : profile.displayName())
                .literalLanguage(profile.literalLanguage())
                .topicsToAvoid(profile.topicsToAvoid())
                .anxietyStyle(profile.anxietyStyle())
                .heroPronouns(profile.pronouns())
                .fresh(options.fresh())
                .build();
    }

    /** @return the first (primary) neurotype */
    public Neurotype neurotype() {
        return neurotypes.get(0);
    }

    /** Builds a {@link StoryRequest}; {@link #build()} validates. */
    public static final class Builder {
        private final List<Neurotype> neurotypes = new ArrayList<>();
        private int age;
        private String theme;
        private List<String> interests = List.of();
        private int pages = 5;
        private String profileId;
        private String heroName;
        private boolean literalLanguage;
        private List<String> topicsToAvoid = List.of();
        private AnxietyStyle anxietyStyle;
        private Pronouns heroPronouns;
        private boolean fresh;

        private Builder() {
        }

        /**
         * @param value adds a neurotype
         * @return this
         */
        public Builder neurotype(Neurotype value) {
            neurotypes.add(Validate.notNull("neurotype", value));
            return this;
        }

        /**
         * @param values replaces the neurotypes
         * @return this
         */
        public Builder neurotypes(Collection<Neurotype> values) {
            neurotypes.clear();
            Validate.nonEmpty("neurotypes", values).forEach(this::neurotype);
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
         * @param value 1 to 60 characters
         * @return this
         */
        public Builder theme(String value) {
            theme = value;
            return this;
        }

        /**
         * @param values 0 to 8 interests
         * @return this
         */
        public Builder interests(List<String> values) {
            interests = values == null ? List.of() : values;
            return this;
        }

        /**
         * @param value 1 to 20 (default 5)
         * @return this
         */
        public Builder pages(int value) {
            pages = value;
            return this;
        }

        /**
         * @param value the profile this story belongs to
         * @return this
         */
        public Builder profileId(String value) {
            profileId = value;
            return this;
        }

        /**
         * @param value the hero's name, never sent to the model
         * @return this
         */
        public Builder heroName(String value) {
            heroName = value;
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
         * @param values topics that must never appear
         * @return this
         */
        public Builder topicsToAvoid(List<String> values) {
            topicsToAvoid = values == null ? List.of() : values;
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
         * @param value the pronouns for the hero, or {@code null} to leave them to the model
         * @return this
         */
        public Builder heroPronouns(Pronouns value) {
            heroPronouns = value;
            return this;
        }

        /**
         * @param value write a new story even when one is cached
         * @return this
         */
        public Builder fresh(boolean value) {
            fresh = value;
            return this;
        }

        /**
         * @return the validated request
         * @throws InvalidRequestException naming the bad field
         */
        public StoryRequest build() {
            return new StoryRequest(neurotypes, age, theme, interests, pages, profileId, heroName, literalLanguage,
                    topicsToAvoid, anxietyStyle, heroPronouns, fresh);
        }
    }
}
