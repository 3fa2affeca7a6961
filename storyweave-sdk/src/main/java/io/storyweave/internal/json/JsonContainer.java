package io.storyweave.internal.json;

/** An object or an array: the values that hold others, equal when they hold equal values, shown as JSON. */
abstract sealed class JsonContainer implements JsonValue permits JsonObject, JsonArray {
    /** @return what it holds (an object's fields, an array's items), for equality */
    abstract Object contents();

    /** @return {@code ""}, as databind gives for a container */
    @Override
    public final String asText() {
        return "";
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && contents().equals(((JsonContainer) other).contents());
    }

    @Override
    public final int hashCode() {
        return contents().hashCode();
    }

    /** @return it as compact JSON */
    @Override
    public final String toString() {
        return JsonTrees.write(this);
    }
}
