package io.storyweave.internal.json;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value its characters, unescaped
 */
public record JsonString(String value) implements JsonValue {
    /** Requires a value: a Java {@code null} is {@link JsonNull#NULL}. */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String asText() {
        return value;
    }
}
