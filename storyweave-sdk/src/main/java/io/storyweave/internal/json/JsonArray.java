package io.storyweave.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** A JSON array. Mutable while it is built; not thread-safe, and not shared once built. */
public final class JsonArray extends JsonContainer implements Iterable<JsonValue> {
    private final List<JsonValue> items = new ArrayList<>();

    /**
     * @param value an item to append
     * @return this array
     */
    public JsonArray add(JsonValue value) {
        items.add(Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * @param text an item to append; {@code null} is written as JSON null, as databind's {@code add} does
     * @return this array
     */
    public JsonArray add(String text) {
        return add(text == null ? JsonNull.NULL : new JsonString(text));
    }

    /** @return a new empty object, appended */
    public JsonObject addObject() {
        JsonObject child = new JsonObject();
        add(child);
        return child;
    }

    /** @return the items in order, unmodifiable */
    @Override
    public Iterator<JsonValue> iterator() {
        return Collections.unmodifiableList(items).iterator();
    }

    @Override
    Object contents() {
        return items;
    }
}
