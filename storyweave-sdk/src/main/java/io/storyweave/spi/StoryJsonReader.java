package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.storyweave.AnxietyStyle;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.Pronouns;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a story in the JSON that {@code StoryCodec.toJson} writes, token by token with Jackson's
 * streaming parser straight into the records, without databind's per-property machinery or a
 * {@code DateTimeFormatter} for {@code createdAt}: a level-2 cache hit decodes a story every time.
 *
 * <p>It reads what databind writes: unknown fields (from newer writers) are skipped, fields an
 * older writer did not have take their defaults ({@code null}, {@code 0}, {@code false}) as with
 * databind, and the records' constructors validate as always. Anything else, such as a number in
 * a text field or a time with an offset, is a {@link Failure} naming the place; the caller may
 * then try databind's more lenient reading.
 */
final class StoryJsonReader {
    // Each enum's constants, to match a name where it stands (Enum.valueOf needs a String and a map lookup); StoryJsonScanner's too.
    static final ModelTier[] TIERS = ModelTier.values();
    static final StorySource[] SOURCES = StorySource.values();
    static final Neurotype[] NEUROTYPES = Neurotype.values();
    static final AnxietyStyle[] ANXIETY_STYLES = AnxietyStyle.values();
    static final Pronouns[] PRONOUNS = Pronouns.values();
    static final QualityCheck.Layer[] LAYERS = QualityCheck.Layer.values();

    private final JsonFactory factory;

    /** Reads one element of a list. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonParser p, JsonToken token) throws IOException;
    }

    /** The input is not a story as {@code StoryCodec} writes it; the message names where and why. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @param factory the factory whose parser settings (limits, features) apply */
    StoryJsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * @param json a story's JSON
     * @return the story
     * @throws Failure when it is malformed, not in the written shape, or fails a record's validation
     */
    Story read(String json) {
        JsonParser p = null;
        try {
            // The character parser: encoding to UTF-8 first would turn a lone surrogate into '?'.
            p = factory.createParser(json);
            Story story = story(p, p.nextToken());
            if (story == null) {
                throw failure(p, "a story object", JsonToken.VALUE_NULL);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw failure(p, "nothing after the story", after);
            }
            return story;
        } catch (JsonProcessingException e) {
            throw new Failure("malformed JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new Failure("unreadable JSON: " + e.getMessage(), e);
        } catch (Failure e) {
            throw e;
        } catch (NullPointerException e) {
            // A record's constructor requires a field the object lacks (its name is the message), or a list holds null.
            throw new Failure(at(p) + (e.getMessage() == null ? "a list holds null" : "\"" + e.getMessage()
                    + "\" is missing or null"), e);
        } catch (RuntimeException e) {
            // A record's constructor refused a value; the parser stands just after that record.
            throw new Failure(at(p) + e.getMessage(), e);
        } finally {
            close(p);
        }
    }

    private static Story story(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a story object")) {
            return null;
        }
        String id = null;
        String title = null;
        List<Page> pages = null;
        StoryRequest request = null;
        String modelId = null;
        ModelTier tier = null;
        TokenUsage usage = null;
        BigDecimal estimatedCostUsd = null;
        Instant createdAt = null;
        StorySource source = null;
        QualityReport quality = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = text(p, value);
                case "title" -> title = text(p, value);
                case "pages" -> pages = list(p, value, StoryJsonReader::page);
                case "request" -> request = request(p, value);
                case "modelId" -> modelId = text(p, value);
                case "tier" -> tier = constant(p, value, TIERS);
                case "usage" -> usage = usage(p, value);
                case "estimatedCostUsd" -> estimatedCostUsd = decimal(p, value);
                case "createdAt" -> createdAt = instant(p, value);
                case "source" -> source = constant(p, value, SOURCES);
                case "quality" -> quality = quality(p, value);
                default -> p.skipChildren();
            }
        }
        return new Story(id, title, pages, request, modelId, tier, usage, estimatedCostUsd, createdAt, source, quality);
    }

    private static Page page(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a page object")) {
            return null;
        }
        String text = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (field.equals("text")) {
                text = text(p, value);
            } else {
                p.skipChildren();
            }
        }
        return new Page(text);
    }

    private static StoryRequest request(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a request object")) {
            return null;
        }
        List<Neurotype> neurotypes = null;
        int age = 0;
        String theme = null;
        List<String> interests = null;
        int pages = 0;
        String profileId = null;
        String heroName = null;
        boolean literalLanguage = false;
        List<String> topicsToAvoid = null;
        AnxietyStyle anxietyStyle = null;
        Pronouns heroPronouns = null;
        boolean fresh = false;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "neurotypes" -> neurotypes = list(p, value, (q, t) -> constant(q, t, NEUROTYPES));
                case "age" -> age = whole(p, value);
                case "theme" -> theme = text(p, value);
                case "interests" -> interests = list(p, value, StoryJsonReader::text);
                case "pages" -> pages = whole(p, value);
                case "profileId" -> profileId = text(p, value);
                case "heroName" -> heroName = text(p, value);
                case "literalLanguage" -> literalLanguage = flag(p, value);
                case "topicsToAvoid" -> topicsToAvoid = list(p, value, StoryJsonReader::text);
                case "anxietyStyle" -> anxietyStyle = constant(p, value, ANXIETY_STYLES);
                case "heroPronouns" -> heroPronouns = constant(p, value, PRONOUNS);
                case "fresh" -> fresh = flag(p, value);
                default -> p.skipChildren();
            }
        }
        return new StoryRequest(neurotypes, age, theme, interests, pages, profileId, heroName, literalLanguage,
                topicsToAvoid, anxietyStyle, heroPronouns, fresh);
    }

    private static TokenUsage usage(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a usage object")) {
            return null;
        }
        long input = 0;
        long output = 0;
        long cacheRead = 0;
        long cacheWrite = 0;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "inputTokens" -> input = count(p, value);
                case "outputTokens" -> output = count(p, value);
                case "cacheReadInputTokens" -> cacheRead = count(p, value);
                case "cacheWriteInputTokens" -> cacheWrite = count(p, value);
                default -> p.skipChildren();
            }
        }
        return new TokenUsage(input, output, cacheRead, cacheWrite);
    }

    private static QualityReport quality(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a quality object")) {
            return null;
        }
        double readabilityGrade = 0;
        double targetGrade = 0;
        double averageSentenceWords = 0;
        int longestSentenceWords = 0;
        int maxSentenceWords = 0;
        List<QualityCheck> checks = null;
        int drafts = 0;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "readabilityGrade" -> readabilityGrade = real(p, value);
                case "targetGrade" -> targetGrade = real(p, value);
                case "averageSentenceWords" -> averageSentenceWords = real(p, value);
                case "longestSentenceWords" -> longestSentenceWords = whole(p, value);
                case "maxSentenceWords" -> maxSentenceWords = whole(p, value);
                case "checks" -> checks = list(p, value, StoryJsonReader::check);
                case "drafts" -> drafts = whole(p, value);
                default -> p.skipChildren();
            }
        }
        return new QualityReport(readabilityGrade, targetGrade, averageSentenceWords, longestSentenceWords,
                maxSentenceWords, checks, drafts);
    }

    private static QualityCheck check(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a check object")) {
            return null;
        }
        String name = null;
        boolean passed = false;
        String detail = null;
        QualityCheck.Layer layer = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = text(p, value);
                case "passed" -> passed = flag(p, value);
                case "detail" -> detail = text(p, value);
                case "layer" -> layer = constant(p, value, LAYERS);
                default -> p.skipChildren();
            }
        }
        return new QualityCheck(name, passed, detail, layer);
    }

    /** @return whether an object starts here; {@code false} for {@code null} */
    private static boolean startObject(JsonParser p, JsonToken token, String expected) {
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw failure(p, expected, token);
    }

    private static <T> List<T> list(JsonParser p, JsonToken token, Element<T> element) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw failure(p, "a list", token);
        }
        List<T> values = new ArrayList<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
            values.add(element.read(p, next));
        }
        return values;
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw failure(p, "a string", token);
    }

    /**
     * A constant by its exact name, as {@code Enum.valueOf} finds it, compared in the parser's own
     * buffer: a story holds a few dozen constants, and no string is made for any of them.
     */
    private static <E extends Enum<E>> E constant(JsonParser p, JsonToken token, E[] constants) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw failure(p, "a string", token);
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (E constant : constants) {
            if (named(constant.name(), chars, offset, length)) {
                return constant;
            }
        }
        throw new Failure(at(p) + "\"" + p.getText() + "\" is not one of " + Arrays.toString(constants), null);
    }

    private static boolean named(String name, char[] chars, int offset, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int whole(JsonParser p, JsonToken token) throws IOException {
        long value = count(p, token);
        if (value != (int) value) {
            throw new Failure(at(p) + value + " is too large for this field", null);
        }
        return (int) value;
    }

    /** An absent or {@code null} number is 0, as databind reads it into a primitive. */
    private static long count(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        throw failure(p, "a whole number", token);
    }

    /** Jackson writes a non-finite double as the string {@code NaN}, {@code Infinity} or {@code -Infinity}. */
    private static double real(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token == JsonToken.VALUE_STRING) {
            switch (p.getText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw failure(p, "a number", token);
    }

    private static BigDecimal decimal(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return p.getDecimalValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw failure(p, "a number", token);
    }

    private static boolean flag(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw failure(p, "true or false", token);
    }

    private static Instant instant(JsonParser p, JsonToken token) throws IOException {
        String text = text(p, token);
        if (text == null) {
            return null;
        }
        Instant instant = IsoInstant.parse(text);
        if (instant == null) {
            throw failure(p, "a UTC time such as 2026-11-25T08:00:00.123Z", token);
        }
        return instant;
    }

    private static Failure failure(JsonParser p, String expected, JsonToken found) {
        return new Failure(at(p) + "expected " + expected + ", found " + describe(found), null);
    }

    /** Names the kind of token only: stored texts may hold a child's details, which do not belong in messages. */
    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** @return the JSON pointer of the value the parser is at, e.g. {@code /quality/checks/3/passed: } */
    private static String at(JsonParser p) {
        if (p == null) {
            return "";
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        return "at " + (pointer.isEmpty() ? "the top" : pointer) + ": ";
    }

    private static void close(JsonParser p) {
        if (p == null) {
            return;
        }
        try {
            p.close();
        } catch (IOException e) {
            // A parser over a string holds nothing that could fail to close.
        }
    }
}
