package io.storyweave.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a request into {@link StoryRules}, from the style guides and reading levels kept as data
 * ({@code style-guides.json}, {@code reading-levels.json}). Immutable and thread-safe.
 */
public final class RuleBook {
    private static final RuleBook DEFAULT = new RuleBook(RuleData.json("style-guides.json"), RuleData.json("reading-levels.json"));

    private final Map<Neurotype, JsonNode> guides = new EnumMap<>(Neurotype.class);
    private final JsonNode bands;

    RuleBook(JsonNode styleGuides, JsonNode readingLevels) {
        for (Neurotype type : Neurotype.values()) {
            JsonNode guide = styleGuides.get(type.name());
            if (guide == null) {
                throw new IllegalStateException("style-guides.json has no entry for " + type);
            }
            guides.put(type, guide);
        }
        this.bands = readingLevels.get("bands");
    }

    public static RuleBook standard() {
        return DEFAULT;
    }

    public StoryRules rulesFor(StoryRequest request) {
        JsonNode band = bandFor(request.age());
        int sentenceWords = band.get("maxSentenceWords").asInt();
        int pageWords = band.get("maxPageWords").asInt();
        double grade = band.get("targetGrade").asDouble();
        boolean question = false;
        boolean literal = request.literalLanguage();
        double longWordShare = 1.0;
        List<String> guidance = new ArrayList<>();
        int strictestSentence = sentenceWords;
        int strictestPage = pageWords;
        double strictestGrade = grade;
        for (Neurotype type : request.neurotypes()) {
            JsonNode guide = guides.get(type);
            guide.get("guidance").forEach(g -> guidance.add(g.asText()));
            strictestSentence = Math.min(strictestSentence,
                    (int) Math.round(sentenceWords * guide.path("sentenceWordsFactor").asDouble(1.0)));
            strictestPage = Math.min(strictestPage, (int) Math.round(pageWords * guide.path("pageWordsFactor").asDouble(1.0)));
            strictestGrade = Math.min(strictestGrade, grade + guide.path("gradeDelta").asDouble(0.0));
            question |= guide.path("readerQuestionEveryPage").asBoolean(false);
            literal |= guide.path("literalLanguage").asBoolean(false);
            longWordShare = Math.min(longWordShare, guide.path("maxLongWordShare").asDouble(1.0));
        }
        AnxietyStyle style = request.anxietyStyle();
        if (style != null) {
            String key = style == AnxietyStyle.COPING ? "coping" : "calm";
            JsonNode anxiety = guides.get(Neurotype.ANXIETY);
            if (!request.neurotypes().contains(Neurotype.ANXIETY)) {
                anxiety.get("guidance").forEach(g -> guidance.add(g.asText()));
            }
            anxiety.get(key).forEach(g -> guidance.add(g.asText()));
        }
        if (literal && !request.neurotypes().contains(Neurotype.AUTISM)) {
            guidance.add("Use literal language only: no idioms, metaphors, similes, sarcasm or figures of speech.");
        }
        return new StoryRules(Math.max(5, strictestSentence), Math.max(20, strictestPage), Math.max(1.0, strictestGrade),
                band.path("gradeTolerance").asDouble(0.0), band.get("vocabulary").asText(), question, literal, longWordShare, style,
                request.topicsToAvoid(), guidance);
    }

    private JsonNode bandFor(int age) {
        for (JsonNode band : bands) {
            if (age >= band.get("minAge").asInt() && age <= band.get("maxAge").asInt()) {
                return band;
            }
        }
        throw new IllegalStateException("reading-levels.json has no band for age " + age);
    }
}
