package io.storyweave.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object: its fields in the order they were first set. Setting a key again replaces its
 * value in place, which is how a repeated key in the text ends up last-wins at its first position,
 * as with {@code ObjectMapper.readTree}. Equal to an object with the same fields in any order, as
 * databind's. Mutable while it is built (the prompts build theirs field by field); not thread-safe,
 * and not shared once built.
 */
public final class JsonObject extends JsonContainer {
    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    /**
     * @param key a field name
     * @return its value, or {@code null} when the object has no such field
     */
    public JsonValue get(String key) {
        return fields.get(key);
    }

    /** @return the fields in order, unmodifiable */
    public Map<String, JsonValue> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /**
     * @param key   a field name
     * @param value its value
     * @return this object
     */
    public JsonObject set(String key, JsonValue value) {
        fields.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * @param key  a field name
     * @param text its value; {@code null} is written as JSON null, as databind's {@code put} does
     * @return this object
     */
    public JsonObject put(String key, String text) {
        return set(key, text == null ? JsonNull.NULL : new JsonString(text));
    }

    /**
     * @param key a field name
     * @return a new empty object, set as the field's value
     */
    public JsonObject putObject(String key) {
        JsonObject child = new JsonObject();
        set(key, child);
        return child;
    }

    /**
     * @param key a field name
     * @return a new empty array, set as the field's value
     */
    public JsonArray putArray(String key) {
        JsonArray child = new JsonArray();
        set(key, child);
        return child;
    }

    @Override
    Object contents() {
        return fields;
    }
}
