package io.storyweave.internal.rules;

import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonBoolean;
import io.storyweave.internal.json.JsonNumber;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonString;
import io.storyweave.internal.json.JsonValue;

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

    private final Map<Neurotype, JsonObject> guides = new EnumMap<>(Neurotype.class);
    private final List<JsonObject> bands = new ArrayList<>();

    RuleBook(JsonObject styleGuides, JsonObject readingLevels) {
        for (Neurotype type : Neurotype.values()) {
            if (!(styleGuides.get(type.name()) instanceof JsonObject guide)) {
                throw new IllegalStateException("style-guides.json has no entry (an object) for " + type);
            }
            guides.put(type, guide);
        }
        if (!(readingLevels.get("bands") instanceof JsonArray list)) {
            throw new IllegalStateException("reading-levels.json has no \"bands\" array");
        }
        for (JsonValue band : list) {
            if (!(band instanceof JsonObject object)) {
                throw new IllegalStateException("reading-levels.json has a band that is not an object: " + band);
            }
            bands.add(object);
        }
    }

    public static RuleBook standard() {
        return DEFAULT;
    }

    public StoryRules rulesFor(StoryRequest request) {
        JsonObject band = bandFor(request.age());
        int sentenceWords = (int) number(band, "maxSentenceWords");
        int pageWords = (int) number(band, "maxPageWords");
        double grade = number(band, "targetGrade");
        boolean question = false;
        boolean literal = request.literalLanguage();
        double longWordShare = 1.0;
        List<String> guidance = new ArrayList<>();
        int strictestSentence = sentenceWords;
        int strictestPage = pageWords;
        double strictestGrade = grade;
        for (Neurotype type : request.neurotypes()) {
            JsonObject guide = guides.get(type);
            addTexts(guide, "guidance", guidance);
            strictestSentence = Math.min(strictestSentence,
                    (int) Math.round(sentenceWords * number(guide, "sentenceWordsFactor", 1.0)));
            strictestPage = Math.min(strictestPage, (int) Math.round(pageWords * number(guide, "pageWordsFactor", 1.0)));
            strictestGrade = Math.min(strictestGrade, grade + number(guide, "gradeDelta", 0.0));
            question |= flag(guide, "readerQuestionEveryPage");
            literal |= flag(guide, "literalLanguage");
            longWordShare = Math.min(longWordShare, number(guide, "maxLongWordShare", 1.0));
        }
        AnxietyStyle style = request.anxietyStyle();
        if (style != null) {
            String key = style == AnxietyStyle.COPING ? "coping" : "calm";
            JsonObject anxiety = guides.get(Neurotype.ANXIETY);
            if (!request.neurotypes().contains(Neurotype.ANXIETY)) {
                addTexts(anxiety, "guidance", guidance);
            }
            addTexts(anxiety, key, guidance);
        }
        if (literal && !request.neurotypes().contains(Neurotype.AUTISM)) {
            guidance.add("Use literal language only: no idioms, metaphors, similes, sarcasm or figures of speech.");
        }
        return new StoryRules(Math.max(5, strictestSentence), Math.max(20, strictestPage), Math.max(1.0, strictestGrade),
                number(band, "gradeTolerance", 0.0), text(band, "vocabulary"), question, literal, longWordShare, style,
                request.topicsToAvoid(), guidance);
    }

    private JsonObject bandFor(int age) {
        for (JsonObject band : bands) {
            if (age >= (int) number(band, "minAge") && age <= (int) number(band, "maxAge")) {
                return band;
            }
        }
        throw new IllegalStateException("reading-levels.json has no band for age " + age);
    }

    // The data ships in the jar and is tested, so a value of the wrong kind is a packaging mistake: it fails
    // loudly, naming the entry, rather than being guessed at (these limits keep stories fit for the child).

    /** @return the entry's number for the key, which it must have */
    private static double number(JsonObject entry, String key) {
        if (entry.get(key) instanceof JsonNumber number) {
            return number.value().doubleValue();
        }
        throw unreadable(entry, key, "a number");
    }

    /** @return the entry's number for the key, or {@code absent} when it leaves the key out */
    private static double number(JsonObject entry, String key, double absent) {
        return entry.get(key) == null ? absent : number(entry, key);
    }

    /** @return the entry's true or false for the key, or false when it leaves the key out */
    private static boolean flag(JsonObject entry, String key) {
        JsonValue value = entry.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof JsonBoolean flag) {
            return flag.value();
        }
        throw unreadable(entry, key, "true or false");
    }

    /** @return the entry's string for the key, which it must have */
    private static String text(JsonObject entry, String key) {
        if (entry.get(key) instanceof JsonString text) {
            return text.value();
        }
        throw unreadable(entry, key, "a string");
    }

    /** Adds the strings of the entry's array for the key, which it must have. */
    private static void addTexts(JsonObject entry, String key, List<String> into) {
        if (!(entry.get(key) instanceof JsonArray texts)) {
            throw unreadable(entry, key, "an array of strings");
        }
        for (JsonValue text : texts) {
            if (!(text instanceof JsonString string)) {
                throw unreadable(entry, key, "an array of strings");
            }
            into.add(string.value());
        }
    }

    private static IllegalStateException unreadable(JsonObject entry, String key, String kind) {
        return new IllegalStateException("StoryWeave rule data: \"" + key + "\" must be " + kind + " in " + entry);
    }
}
