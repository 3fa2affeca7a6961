package io.storyweave;

import io.storyweave.internal.Validate;

/**
 * What to write for a stored profile; age, neurotypes, interests and needs come from the profile.
 *
 * @param theme    what the story is about, 1 to 60 characters
 * @param pages    1 to 20
 * @param heroName the hero's name, or {@code null} to use the profile's display name
 * @param fresh    write a new story even when an identical one is cached
 */
public record StoryOptions(String theme, int pages, String heroName, boolean fresh) {
    /** Validates the theme, page count and hero name. */
    public StoryOptions {
        theme = Validate.requiredText("theme", theme, 1, 60);
        Validate.range("pages", pages, 1, StoryRequest.MAX_PAGES);
        heroName = HeroName.check(heroName);
    }

    /**
     * @param theme what the story is about
     * @param pages 1 to 20
     * @return options with the profile's name as hero, cache allowed
     */
    public static StoryOptions of(String theme, int pages) {
        return new StoryOptions(theme, pages, null, false);
    }
}
