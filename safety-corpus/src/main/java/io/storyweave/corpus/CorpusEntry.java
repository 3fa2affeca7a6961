package io.storyweave.corpus;

import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonBoolean;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonString;
import io.storyweave.internal.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One labelled model answer of the safety corpus: the request a parent made, the answer a model
 * gave, and whether a careful parent would let a child read it.
 *
 * @param id                   unique id, prefixed by its category
 * @param good                 whether a careful parent would accept it
 * @param category             for bad answers what is wrong; for good ones {@code good}, {@code tricky-good} or
 *                             {@code name-in-request}
 * @param subtle               whether the problem avoids the obvious words
 * @param expect               the checks that reject it for the right reason (empty for good answers)
 * @param note                 what the entry tests
 * @param request              the request
 * @param answerJson           the model's answer, as the model would return it
 * @param promptMustNotContain words (a child's real name) that must never be sent to the model
 */
public record CorpusEntry(String id, boolean good, String category, boolean subtle, List<String> expect, String note,
                          StoryRequest request, String answerJson, List<String> promptMustNotContain) {
    /** Copies the lists. */
    public CorpusEntry {
        expect = List.copyOf(expect);
        promptMustNotContain = List.copyOf(promptMustNotContain);
    }

    static CorpusEntry from(JsonObject node) {
        JsonObject r = (JsonObject) node.get("request");
        StoryRequest request = StoryRequest.builder()
                .neurotypes(strings(r.get("neurotypes")).stream().map(Neurotype::valueOf).toList())
                .age(Integer.parseInt(r.get("age").asText()))
                .theme(r.get("theme").asText())
                .interests(strings(r.get("interests")))
                .pages(Integer.parseInt(r.get("pages").asText()))
                .heroName(r.get("heroName") instanceof JsonString name ? name.value() : null)
                .topicsToAvoid(strings(r.get("topicsToAvoid")))
                .anxietyStyle(r.get("anxietyStyle") instanceof JsonString style ? AnxietyStyle.valueOf(style.value()) : null)
                .literalLanguage(r.get("literalLanguage") instanceof JsonBoolean literal && literal.value())
                .build();
        // The answer as the model's tool input: the same fields, each page as {"text": ...}.
        JsonObject tool = new JsonObject();
        ((JsonObject) node.get("answer")).fields().forEach((key, value) -> {
            if (key.equals("pages")) {
                JsonArray pages = tool.putArray("pages");
                strings(value).forEach(page -> pages.addObject().put("text", page));
            } else {
                tool.set(key, value);
            }
        });
        return new CorpusEntry(node.get("id").asText(), "good".equals(node.get("label").asText()),
                node.get("category").asText(), node.get("subtle") instanceof JsonBoolean subtle && subtle.value(),
                strings(node.get("expect")), node.get("note") == null ? "" : node.get("note").asText(), request,
                tool.toString(), strings(node.get("promptMustNotContain")));
    }

    private static List<String> strings(JsonValue array) {
        List<String> out = new ArrayList<>();
        if (array instanceof JsonArray items) {
            items.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
