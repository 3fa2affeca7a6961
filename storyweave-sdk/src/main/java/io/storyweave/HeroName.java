package io.storyweave;

import io.storyweave.internal.Validate;

import java.util.regex.Pattern;

/** Rules for a hero's name. It never reaches the model; the SDK writes it into the finished story. */
final class HeroName {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '\\-.]*");

    private HeroName() {
    }

    static String check(String name) {
        String cleaned = Validate.optionalText("heroName", name, 1, 40);
        if (cleaned != null && !ALLOWED.matcher(cleaned).matches()) {
            throw new InvalidRequestException("heroName", "heroName may hold letters, spaces, apostrophes, dots"
                    + " and dashes, starting with a letter; was " + Validate.quote(cleaned));
        }
        return cleaned;
    }
}
