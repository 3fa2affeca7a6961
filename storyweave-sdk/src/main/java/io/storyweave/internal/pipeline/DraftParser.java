package io.storyweave.internal.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonString;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;
import io.storyweave.internal.quality.Draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the model's structured output into a {@link Draft}, tolerating prose around a JSON object. */
final class DraftParser {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DraftParser() {
    }

    /** Thrown when the output is not the story shape; the reason goes into the corrective prompt. */
    static final class MalformedOutput extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedOutput(String message) {
            super(message, null, false, false);
        }
    }

    static Draft parse(String output) throws MalformedOutput {
        Draft draft = output == null ? null : storyObject(output);
        return draft != null ? draft : parseTree(output);
    }

    /**
     * The usual answer, a story object, read token by token straight into the draft, with the tree's
     * rules (the first value counts, a repeated key's last value wins). Anything else is {@code null},
     * and the tree reading below judges it and says what is wrong, exactly as without this shortcut.
     */
    private static Draft storyObject(String output) {
        try (JsonParser p = FACTORY.createParser(output)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String title = null;
            List<String> pages = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                switch (field) {
                    case "title" -> title = value == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                    case "pages" -> pages = value == JsonToken.START_ARRAY ? pages(p) : skip(p);
                    default -> p.skipChildren();
                }
            }
            return title == null || pages == null ? null : new Draft(title, pages);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** @return the pages' texts, or {@code null} when a page is neither a string nor an object with a "text" string */
    private static List<String> pages(JsonParser p) throws IOException {
        List<String> texts = new ArrayList<>();
        boolean readable = true;
        for (JsonToken page = p.nextToken(); page != JsonToken.END_ARRAY; page = p.nextToken()) {
            String text = null;
            if (page == JsonToken.VALUE_STRING) {
                text = p.getText();
            } else if (page == JsonToken.START_OBJECT) {
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    JsonToken value = p.nextToken();
                    if (field.equals("text")) {
                        text = value == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            // Read on to the end: a malformed rest must still make the whole answer unreadable, as for the tree.
            readable &= text != null;
            texts.add(text);
        }
        return readable ? texts : null;
    }

    /** Skips a value that is not what the draft needs; @return {@code null} */
    private static <T> T skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    /** The reading of any answer, through a tree; {@link #parse} gives the same result or failure, faster. */
    static Draft parseTree(String output) throws MalformedOutput {
        JsonObject root = readObject(output);
        if (!(root.get("title") instanceof JsonString title)) {
            throw new MalformedOutput("the answer has no \"title\" string");
        }
        if (!(root.get("pages") instanceof JsonArray pages)) {
            throw new MalformedOutput("the answer has no \"pages\" array");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue page : pages) {
            if (page instanceof JsonString text) {
                texts.add(text.value());
            } else if (page instanceof JsonObject object && object.get("text") instanceof JsonString text) {
                texts.add(text.value());
            } else {
                throw new MalformedOutput("page " + (texts.size() + 1) + " is not an object with a \"text\" string");
            }
        }
        return new Draft(title.value(), texts);
    }

    private static JsonObject readObject(String output) throws MalformedOutput {
        String text = output == null ? "" : output.strip();
        JsonValue node = tryRead(text);
        if (node == null) {
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            if (start >= 0 && end > start) {
                node = tryRead(text.substring(start, end + 1));
            }
        }
        if (!(node instanceof JsonObject object)) {
            throw new MalformedOutput("the answer was not a JSON object of the form {\"title\": string, \"pages\": [{\"text\": string}]}");
        }
        return object;
    }

    private static JsonValue tryRead(String text) {
        try {
            return JsonTrees.read(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
