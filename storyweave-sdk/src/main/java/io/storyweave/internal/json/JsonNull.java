package io.storyweave.internal.json;

/** JSON's {@code null}, present in the text (an absent key is a Java {@code null} instead). */
public enum JsonNull implements JsonValue {
    NULL;

    @Override
    public String asText() {
        return "null";
    }
}
