package io.storyweave.spi;

import java.util.Objects;

/**
 * The structured output every provider must return, as a JSON Schema. Providers that support
 * tools force a tool with this schema; others ask for JSON text of this shape.
 *
 * @param name        a tool-friendly name, e.g. {@code write_story}
 * @param description what the tool does, for the model
 * @param jsonSchema  the JSON Schema document as text
 */
public record OutputSchema(String name, String description, String jsonSchema) {
    /** Requires every field. */
    public OutputSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(jsonSchema, "jsonSchema");
    }
}
