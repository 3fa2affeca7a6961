package io.storyweave.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.quality.Draft;

import java.util.ArrayList;
import java.util.List;

/** Reads the model's structured output into a {@link Draft}, tolerating prose around a JSON object. */
final class DraftParser {
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
        JsonNode root = readObject(output);
        JsonNode title = root.get("title");
        JsonNode pages = root.get("pages");
        if (title == null || !title.isTextual()) {
            throw new MalformedOutput("the answer has no \"title\" string");
        }
        if (pages == null || !pages.isArray()) {
            throw new MalformedOutput("the answer has no \"pages\" array");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode page : pages) {
            if (page.isTextual()) {
                texts.add(page.asText());
            } else if (page.isObject() && page.path("text").isTextual()) {
                texts.add(page.get("text").asText());
            } else {
                throw new MalformedOutput("page " + (texts.size() + 1) + " is not an object with a \"text\" string");
            }
        }
        return new Draft(title.asText(), texts);
    }

    private static JsonNode readObject(String output) throws MalformedOutput {
        String text = output == null ? "" : output.strip();
        JsonNode node = tryRead(text);
        if (node == null) {
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            if (start >= 0 && end > start) {
                node = tryRead(text.substring(start, end + 1));
            }
        }
        if (node == null || !node.isObject()) {
            throw new MalformedOutput("the answer was not a JSON object of the form {\"title\": string, \"pages\": [{\"text\": string}]}");
        }
        return node;
    }

    private static JsonNode tryRead(String text) {
        try {
            return JsonTrees.read(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
