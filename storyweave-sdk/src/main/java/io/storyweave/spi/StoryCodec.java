package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storyweave.ChildProfile;
import io.storyweave.StorageException;
import io.storyweave.Story;

/**
 * Turns stories and profiles into JSON and back, the same way for every store, so a story
 * written by one store plugin version reads back identically. Unknown fields are ignored so
 * newer writers do not break older readers.
 */
public final class StoryCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final StoryJsonReader STORY_READER = new StoryJsonReader(MAPPER.getFactory());

    private StoryCodec() {
    }

    /**
     * @param story a story
     * @return its JSON
     */
    public static String toJson(Story story) {
        return write(story);
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
        // Three readers, each faster on less: the exact shape written today, any JSON of a story, databind's coercions.
        Story written = StoryJsonScanner.read(json);
        if (written != null) {
            return written;
        }
        try {
            return STORY_READER.read(json);
        } catch (StoryJsonReader.Failure failure) {
            // Not the exact shape toJson writes (edited by hand, say): databind's coercions may still read it.
            try {
                return MAPPER.readValue(json, Story.class);
            } catch (JsonProcessingException | RuntimeException e) {
                StorageException unreadable = unreadable(Story.class, failure.getMessage(), failure);
                unreadable.addSuppressed(e);
                throw unreadable;
            }
        }
    }

    /**
     * @param profile a profile
     * @return its JSON
     */
    public static String toJson(ChildProfile profile) {
        return write(profile);
    }

    /**
     * @param json JSON from {@link #toJson(ChildProfile)}
     * @return the profile
     */
    public static ChildProfile profileFromJson(String json) {
        return read(json, ChildProfile.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("Could not encode " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw unreadable(type, e.getMessage(), e);
        }
    }

    private static StorageException unreadable(Class<?> type, String why, Throwable cause) {
        return new StorageException("A stored " + type.getSimpleName() + " could not be read back (corrupt or"
                + " written by an incompatible version): " + why, cause);
    }
}
