package io.storyweave.examples.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;

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

    static CorpusEntry from(JsonNode node) {
        JsonNode r = node.get("request");
        List<Neurotype> neurotypes = new ArrayList<>();
        r.get("neurotypes").forEach(n -> neurotypes.add(Neurotype.valueOf(n.asText())));
        StoryRequest request = StoryRequest.builder()
                .neurotypes(neurotypes)
                .age(r.get("age").asInt())
                .theme(r.get("theme").asText())
                .interests(strings(r.get("interests")))
                .pages(r.get("pages").asInt())
                .heroName(r.path("heroName").isTextual() ? r.get("heroName").asText() : null)
                .topicsToAvoid(strings(r.get("topicsToAvoid")))
                .anxietyStyle(r.path("anxietyStyle").isTextual() ? AnxietyStyle.valueOf(r.get("anxietyStyle").asText()) : null)
                .literalLanguage(r.path("literalLanguage").asBoolean(false))
                .build();
        JsonNode answer = node.get("answer");
        com.fasterxml.jackson.databind.node.ObjectNode tool = answer.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode pages = tool.putArray("pages");
        answer.get("pages").forEach(p -> pages.addObject().put("text", p.asText()));
        return new CorpusEntry(node.get("id").asText(), "good".equals(node.get("label").asText()),
                node.get("category").asText(), node.path("subtle").asBoolean(false), strings(node.get("expect")),
                node.path("note").asText(""), request, tool.toString(), strings(node.get("promptMustNotContain")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
