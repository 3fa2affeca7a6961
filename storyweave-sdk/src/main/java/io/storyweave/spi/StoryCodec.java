package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonFactory;
import io.storyweave.ChildProfile;
import io.storyweave.StorageException;
import io.storyweave.Story;

/**
 * Turns stories and profiles into JSON and back, the same way for every store, so a story
 * written by one store plugin version reads back identically. Unknown fields are ignored so
 * newer writers do not break older readers.
 *
 * <p>The JSON is the one Jackson databind wrote for these records (with ISO-8601 times) in every
 * earlier version, byte for byte; it is written and read with Jackson's streaming parser and
 * generator only. Reading also accepts what databind accepted in items edited by hand: a number or
 * {@code true} in a text field (read as its text); a number as a string in a number field
 * ({@code "7"}, {@code " +7 "}; {@code ""} and {@code "null"} are 0, or no cost); a fraction in a
 * whole-number field (cut to its whole part); {@code "true"}, {@code "TRUE"}, {@code "True"}, the
 * same for false, {@code ""} or a number (0 is false) in a true-or-false field; a constant's name
 * with spaces around it; a time with an offset ({@code 2026-11-25T09:00:00+01:00}), in lower case,
 * at a leap second or at 24:00, and an empty time as none. It refuses four things no version wrote,
 * each with a {@link StorageException} that names the place:
 * <ul>
 *   <li>a constant by its position ({@code "tier":1}) instead of its name: write the name, such as {@code "MEDIUM"};</li>
 *   <li>a time as a number of seconds since 1970 ({@code 1764057600} or {@code "1764057600"}): write it in
 *       ISO-8601, such as {@code "2026-11-25T08:00:00Z"};</li>
 *   <li>{@code null} instead of the whole story or profile, which databind read as no story: delete the item;</li>
 *   <li>anything after the story or profile's closing brace, which databind did not look at: remove it.</li>
 * </ul>
 */
public final class StoryCodec {
    /** Jackson's defaults, as databind's mapper had them: the same parser features and limits. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final StoryJsonReader READER = new StoryJsonReader(FACTORY);

    private StoryCodec() {
    }

    /**
     * @param story a story
     * @return its JSON
     */
    public static String toJson(Story story) {
        return StoryJsonWriter.write(story);
    }

    /**
     * Reads a story as {@link #toJson(Story)} writes it (any version: fields it does not know are
     * skipped, fields an older version did not write take their defaults).
     *
     * @param json JSON from {@link #toJson(Story)}
     * @return the story
     * @throws StorageException when the JSON is corrupt or not a story, naming where and why
     */
    public static Story storyFromJson(String json) {
        // Two readers, the first faster on less: the exact shape written today, then any JSON of a story.
        Story written = StoryJsonScanner.read(json);
        if (written != null) {
            return written;
        }
        try {
            return READER.read(json);
        } catch (StoryJsonReader.Failure failure) {
            throw unreadable(Story.class, failure);
        }
    }

    /**
     * @param profile a profile
     * @return its JSON
     */
    public static String toJson(ChildProfile profile) {
        return StoryJsonWriter.write(profile);
    }

    /**
     * @param json JSON from {@link #toJson(ChildProfile)}
     * @return the profile
     * @throws StorageException when the JSON is corrupt or not a profile, naming where and why
     */
    public static ChildProfile profileFromJson(String json) {
        try {
            return READER.readProfile(json);
        } catch (StoryJsonReader.Failure failure) {
            throw unreadable(ChildProfile.class, failure);
        }
    }

    private static StorageException unreadable(Class<?> type, StoryJsonReader.Failure failure) {
        return new StorageException("A stored " + type.getSimpleName() + " could not be read back (corrupt or"
                + " written by an incompatible version): " + failure.getMessage(), failure);
    }
}
