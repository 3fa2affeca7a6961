package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import io.storyweave.AnxietyStyle;
import io.storyweave.ChildProfile;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a story or a profile in the JSON that {@code StoryCodec.toJson} writes, token by token with
 * Jackson's streaming parser straight into the records, without databind's per-property machinery or
 * a {@code DateTimeFormatter} for a time in the written form: a level-2 cache hit decodes a story
 * every time.
 *
 * <p>It reads what databind read with {@code StoryCodec}'s former settings: unknown fields (from
 * newer writers) are skipped, fields an older writer did not have take their defaults ({@code null},
 * {@code 0}, {@code false}), and the records' constructors validate as always. It also makes the
 * coercions databind made, for items edited by hand: a number or {@code true} in a text field is its
 * text; a number as a string ({@code "7"}, {@code " +7 "}, {@code ""} and {@code "null"} being 0, or
 * {@code null} for the cost) in a number field; a fraction in a whole-number field, cut to its
 * whole part; {@code "true"}, {@code "TRUE"}, {@code "True"}, a number (0 is false) or an empty
 * string in a true-or-false field; a constant's name with spaces around it; a time with an offset,
 * in lower case, at a leap second or at 24:00, and an empty time as none. Two it refuses, which no
 * version of {@code StoryCodec} wrote and which would read wrongly as soon as a constant is added: a
 * constant by its position (a number), and a time as a number of seconds. Anything else that is not
 * a story or a profile is a {@link Failure} naming the place.
 */
final class StoryJsonReader {
    // Each enum's constants, to match a name where it stands (Enum.valueOf needs a String and a map lookup); StoryJsonScanner's too.
    static final ModelTier[] TIERS = ModelTier.values();
    static final StorySource[] SOURCES = StorySource.values();
    static final Neurotype[] NEUROTYPES = Neurotype.values();
    static final AnxietyStyle[] ANXIETY_STYLES = AnxietyStyle.values();
    static final Pronouns[] PRONOUNS = Pronouns.values();
    static final QualityCheck.Layer[] LAYERS = QualityCheck.Layer.values();

    /** What a time field holds, for messages. */
    private static final String TIME_EXAMPLE = "an ISO-8601 time such as 2026-11-25T08:00:00.123Z";
    /**
     * A zero offset ({@code +00}, {@code +0000}, {@code +00:00}), which databind's JavaTimeModule
     * turned into {@code Z} before parsing: so does this reader, to read the same times.
     */
    private static final Pattern ZERO_OFFSET = Pattern.compile("\\+00:?(00)?$");

    private final JsonFactory factory;

    /** Reads one value (a list's element, or the whole input) from the token it starts with. */
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
        return read(json, StoryJsonReader::story, "story");
    }

    /**
     * @param json a profile's JSON
     * @return the profile
     * @throws Failure when it is malformed, not in the written shape, or fails the record's validation
     */
    ChildProfile readProfile(String json) {
        return read(json, StoryJsonReader::profile, "profile");
    }

    private <T> T read(String json, Element<T> top, String what) {
        if (json == null) {
            throw new Failure("no JSON: the stored text is null", null);
        }
        JsonParser p = null;
        try {
            // The character parser: encoding to UTF-8 first would turn a lone surrogate into '?'.
            p = factory.createParser(json);
            T value = top.read(p, p.nextToken());
            if (value == null) {
                throw failure(p, "a " + what + " object", JsonToken.VALUE_NULL);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw failure(p, "nothing after the " + what, after);
            }
            return value;
        } catch (InputCoercionException e) {
            // A number too large for its field, such as 1e30 tokens.
            throw new Failure(at(p) + e.getOriginalMessage(), e);
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
        String checkedBy = null;
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
                case "checkedBy" -> checkedBy = text(p, value);
                default -> p.skipChildren();
            }
        }
        return new QualityReport(readabilityGrade, targetGrade, averageSentenceWords, longestSentenceWords,
                maxSentenceWords, checks, drafts, checkedBy);
    }

    private static ChildProfile profile(JsonParser p, JsonToken token) throws IOException {
        if (!startObject(p, token, "a profile object")) {
            return null;
        }
        String id = null;
        String displayName = null;
        int age = 0;
        List<Neurotype> neurotypes = null;
        List<String> interests = null;
        List<String> topicsToAvoid = null;
        boolean literalLanguage = false;
        AnxietyStyle anxietyStyle = null;
        Pronouns pronouns = null;
        long version = 0;
        Instant createdAt = null;
        Instant updatedAt = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = text(p, value);
                case "displayName" -> displayName = text(p, value);
                case "age" -> age = whole(p, value);
                case "neurotypes" -> neurotypes = list(p, value, (q, t) -> constant(q, t, NEUROTYPES));
                case "interests" -> interests = list(p, value, StoryJsonReader::text);
                case "topicsToAvoid" -> topicsToAvoid = list(p, value, StoryJsonReader::text);
                case "literalLanguage" -> literalLanguage = flag(p, value);
                case "anxietyStyle" -> anxietyStyle = constant(p, value, ANXIETY_STYLES);
                case "pronouns" -> pronouns = constant(p, value, PRONOUNS);
                case "version" -> version = count(p, value);
                case "createdAt" -> createdAt = instant(p, value);
                case "updatedAt" -> updatedAt = instant(p, value);
                default -> p.skipChildren();
            }
        }
        return new ChildProfile(id, displayName, age, neurotypes, interests, topicsToAvoid, literalLanguage,
                anxietyStyle, pronouns, version, createdAt, updatedAt);
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
        if (token.isScalarValue()) {
            // A number or true/false is its text, as written (1e1 stays "1e1").
            return p.getText();
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
            // Databind took a number as a constant's position, which would change meaning when one is added.
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
        String trimmed = p.getText().trim();
        for (E constant : constants) {
            if (constant.name().equals(trimmed)) {
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

    /**
     * An absent or {@code null} number is 0, as databind reads it into a primitive; a fraction loses
     * its fractional part (a number beyond a long's range is an {@link InputCoercionException}).
     */
    private static long count(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        String number = numberText(p, token);
        if (number != null) {
            try {
                return number.isEmpty() ? 0 : Long.parseLong(number);
            } catch (NumberFormatException e) {
                // Not a whole number: refused below.
            }
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
        String number = numberText(p, token);
        if (number != null) {
            switch (number) {
                case "":
                    return 0;
                case "INF", "+INF":
                    return Double.POSITIVE_INFINITY;
                case "-INF":
                    return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        // Also NaN, Infinity and -Infinity, as written.
                        return Double.parseDouble(number);
                    } catch (NumberFormatException e) {
                        break;
                    }
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
        String number = numberText(p, token);
        if (number != null) {
            try {
                return number.isEmpty() ? null : new BigDecimal(number);
            } catch (NumberFormatException e) {
                // Not a number: refused below.
            }
        }
        throw failure(p, "a number", token);
    }

    /**
     * @return a string's text without surrounding white space, and empty for {@code "null"} (which
     *         databind read as no value); {@code null} when the token is not a string
     */
    private static String numberText(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = p.getText().trim();
        return text.equals("null") ? "" : text;
    }

    private static boolean flag(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            // Any number but 0 is true; one beyond an int's range is never 0.
            return p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != 0;
        }
        String text = numberText(p, token);
        if (text != null) {
            switch (text) {
                case "true", "True", "TRUE":
                    return true;
                case "false", "False", "FALSE", "":
                    return false;
                default:
                    break;
            }
        }
        throw failure(p, "true or false", token);
    }

    /**
     * The written form by arithmetic; any other that {@code DateTimeFormatter.ISO_INSTANT} reads
     * (after databind's trimming and zero offset) by it. An empty time is none.
     */
    private static Instant instant(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw failure(p, TIME_EXAMPLE, token);
        }
        String text = p.getText();
        Instant instant = IsoInstant.parse(text);
        if (instant != null) {
            return instant;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (seconds(trimmed)) {
            throw new Failure(at(p) + "expected " + TIME_EXAMPLE + ", found a number of seconds as a string"
                    + " (not read: StoryCodec never wrote one); write the time in ISO-8601", null);
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(ZERO_OFFSET.matcher(trimmed).replaceFirst("Z"), Instant::from);
        } catch (DateTimeException e) {
            throw failure(p, TIME_EXAMPLE, token);
        }
    }

    /** @return whether the text is digits with at most one decimal point and a minus before, which databind read as seconds since 1970 */
    private static boolean seconds(String text) {
        int points = 0;
        int digits = 0;
        for (int i = text.startsWith("-") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                points++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return points <= 1 && digits > 0;
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
