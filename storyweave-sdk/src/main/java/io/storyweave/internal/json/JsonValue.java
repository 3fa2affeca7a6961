package io.storyweave.internal.json;

/**
 * A JSON value in the SDK's own small tree, read and written by {@link JsonTrees}. It replaces
 * jackson-databind's {@code JsonNode} so that the runtime needs jackson-core alone; it offers only
 * what the SDK's readers of rule data and model answers, and its prompt writers, use, with the
 * meaning databind gave them, so nothing read or sent changes.
 *
 * <p>Callers tell the kinds apart with {@code instanceof}: a key that is absent is {@code null} from
 * {@link JsonObject#get}, never a value, so "missing" and JSON {@code null} stay distinct.
 */
public sealed interface JsonValue permits JsonContainer, JsonString, JsonNumber, JsonBoolean, JsonNull {
    /**
     * The value as plain text, as databind's {@code asText()} gives it: a string's characters, a
     * number or boolean as JSON writes it ({@code 1500.0}, {@code true}), {@code "null"} for null and
     * {@code ""} for an object or array. A model may answer with any kind where text is expected.
     *
     * @return the value as text
     */
    String asText();
}
