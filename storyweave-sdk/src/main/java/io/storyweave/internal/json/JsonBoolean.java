package io.storyweave.internal.json;

/**
 * A JSON {@code true} or {@code false}.
 *
 * @param value the truth value
 */
public record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String asText() {
        return Boolean.toString(value);
    }
}
