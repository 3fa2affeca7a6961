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
     * @param json JSON from {@link #toJson(Story)}
     * @return the story
     */
    public static Story storyFromJson(String json) {
        return read(json, Story.class);
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
            throw new StorageException("A stored " + type.getSimpleName() + " could not be read back (corrupt or"
                    + " written by an incompatible version): " + e.getMessage(), e);
        }
    }
}
