package io.storyweave.spi;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a story only when its JSON is exactly as {@code StoryCodec.toJson} writes it today: every
 * field present, in the written order, no white space. Its fields are matched as literal text where
 * they are expected, with none of a general parser's name lookups, which were about half of the
 * time {@link StoryJsonReader} took for a stored story; a level-2 cache hit decodes a story every time.
 *
 * <p>It answers {@code null} for anything else (older or newer writers, a hand-edited item,
 * malformed JSON, a value a record refuses), and the caller then reads with {@link StoryJsonReader},
 * which reads, or refuses with a message, everything as before. Whatever it does read, it reads into
 * the same records through the same constructors, with the values {@link StoryJsonReader} would
 * give: strings with the same escapes, numbers parsed the same way.
 */
final class StoryJsonScanner {
    /** Longer numbers are left to the general reader, which applies Jackson's limits to them. */
    private static final int MAX_NUMBER_CHARS = 40;
    /** So are longer stories (far beyond 20 pages), which Jackson's limits on texts apply to. */
    private static final int MAX_CHARS = 1 << 20;

    /** Not in the written shape: unwinds to {@link #read}, which answers {@code null}. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();
    private static final int NONE = -1;
    /**
     * The quality checks' names and details last read, two by check (most stories hold the same
     * checks with the same details, in the same order): a text equal to the one remembered at its
     * place is that string again, not a copy. Shared by all threads without locking, which is safe
     * for strings: a reader sees either a whole string or another one, and compares before using it.
     */
    private static final String[] REMEMBERED = new String[128];

    private final String json;
    private int at;
    /** Where the next backslash is at or after the last string read, found with {@code indexOf}; {@link #NONE} when there is none. */
    private int nextBackslash = -2;

    private StoryJsonScanner(String json) {
        this.json = json;
    }

    /**
     * @param json a story's JSON
     * @return the story, or {@code null} when the JSON is not exactly in the shape written today or a
     *         record refuses a value (the general reader then says why)
     */
    static Story read(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            return null;
        }
        try {
            StoryJsonScanner scanner = new StoryJsonScanner(json);
            Story story = scanner.story();
            return scanner.at == json.length() ? story : null;
        } catch (RuntimeException e) {
            // A decline, or a record's validation: either way the general reader reads it or words the refusal.
            return null;
        }
    }

    private Story story() {
        expect("{\"id\":");
        String id = string();
        expect(",\"title\":");
        String title = string();
        expect(",\"pages\":");
        List<Page> pages = pages();
        expect(",\"request\":");
        StoryRequest request = request();
        expect(",\"modelId\":");
        String modelId = string();
        expect(",\"tier\":");
        ModelTier tier = constant(StoryJsonReader.TIERS);
        expect(",\"usage\":{\"inputTokens\":");
        long input = count();
        expect(",\"outputTokens\":");
        long output = count();
        expect(",\"cacheReadInputTokens\":");
        long cacheRead = count();
        expect(",\"cacheWriteInputTokens\":");
        long cacheWrite = count();
        expect("},\"estimatedCostUsd\":");
        BigDecimal cost = nullHere() ? null : new BigDecimal(number());
        expect(",\"createdAt\":");
        Instant createdAt = instant();
        expect(",\"source\":");
        StorySource source = constant(StoryJsonReader.SOURCES);
        expect(",\"quality\":");
        QualityReport quality = quality();
        expect("}");
        return new Story(id, title, pages, request, modelId, tier, new TokenUsage(input, output, cacheRead, cacheWrite),
                cost, createdAt, source, quality);
    }

    private List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        expect("[");
        if (!next(']')) {
            do {
                expect("{\"text\":");
                pages.add(new Page(string()));
                expect("}");
            } while (next(','));
            expect("]");
        }
        return pages;
    }

    private StoryRequest request() {
        expect("{\"neurotypes\":[");
        List<Neurotype> neurotypes = new ArrayList<>(2);
        if (!next(']')) {
            do {
                neurotypes.add(constant(StoryJsonReader.NEUROTYPES));
            } while (next(','));
            expect("]");
        }
        expect(",\"age\":");
        int age = whole();
        expect(",\"theme\":");
        String theme = string();
        expect(",\"interests\":");
        List<String> interests = strings();
        expect(",\"pages\":");
        int pages = whole();
        expect(",\"profileId\":");
        String profileId = nullHere() ? null : string();
        expect(",\"heroName\":");
        String heroName = nullHere() ? null : string();
        expect(",\"literalLanguage\":");
        boolean literal = flag();
        expect(",\"topicsToAvoid\":");
        List<String> topics = strings();
        expect(",\"anxietyStyle\":");
        AnxietyStyle anxiety = nullHere() ? null : constant(StoryJsonReader.ANXIETY_STYLES);
        expect(",\"heroPronouns\":");
        Pronouns pronouns = nullHere() ? null : constant(StoryJsonReader.PRONOUNS);
        expect(",\"fresh\":");
        boolean fresh = flag();
        expect("}");
        return new StoryRequest(neurotypes, age, theme, interests, pages, profileId, heroName, literal, topics,
                anxiety, pronouns, fresh);
    }

    private QualityReport quality() {
        expect("{\"readabilityGrade\":");
        double readability = real();
        expect(",\"targetGrade\":");
        double target = real();
        expect(",\"averageSentenceWords\":");
        double average = real();
        expect(",\"longestSentenceWords\":");
        int longest = whole();
        expect(",\"maxSentenceWords\":");
        int max = whole();
        expect(",\"checks\":[");
        List<QualityCheck> checks = new ArrayList<>();
        if (!next(']')) {
            do {
                expect("{\"name\":");
                String name = string(2 * checks.size());
                expect(",\"passed\":");
                boolean passed = flag();
                expect(",\"detail\":");
                String detail = string(2 * checks.size() + 1);
                expect(",\"layer\":");
                QualityCheck.Layer layer = constant(StoryJsonReader.LAYERS);
                expect("}");
                checks.add(new QualityCheck(name, passed, detail, layer));
            } while (next(','));
            expect("]");
        }
        expect(",\"drafts\":");
        int drafts = whole();
        // Stories written before the checks' version was recorded end here.
        String checkedBy = next(',') ? checkedBy() : "";
        expect("}");
        return new QualityReport(readability, target, average, longest, max, checks, drafts, checkedBy);
    }

    private String checkedBy() {
        expect("\"checkedBy\":");
        return string();
    }

    private List<String> strings() {
        expect("[");
        List<String> values = new ArrayList<>();
        if (!next(']')) {
            do {
                values.add(string());
            } while (next(','));
            expect("]");
        }
        return values;
    }

    private void expect(String literal) {
        if (!json.startsWith(literal, at)) {
            throw DECLINE;
        }
        at += literal.length();
    }

    /** @return whether {@code c} is next, and if so steps over it */
    private boolean next(char c) {
        if (at < json.length() && json.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean nullHere() {
        if (json.startsWith("null", at)) {
            at += 4;
            return true;
        }
        return false;
    }

    private boolean flag() {
        if (json.startsWith("true", at)) {
            at += 4;
            return true;
        }
        expect("false");
        return false;
    }

    /**
     * A JSON string as Jackson's character parser reads it: the escapes JSON defines, and a control
     * character unescaped is an error (declined here).
     */
    private String string() {
        return string(-1);
    }

    /**
     * @param slot where a text that repeats from story to story is remembered (a quality check's name
     *             or detail, by its place), or -1
     */
    private String string(int slot) {
        expect("\"");
        int start = at;
        int end = json.indexOf('"', start);
        if (end < 0) {
            throw DECLINE;
        }
        if (nextBackslash != NONE && nextBackslash < start) {
            nextBackslash = json.indexOf('\\', start);
        }
        if (nextBackslash != NONE && nextBackslash < end) {
            return escaped(start);
        }
        at = end + 1;
        String known = slot >= 0 && slot < REMEMBERED.length ? REMEMBERED[slot] : null;
        if (known != null && known.length() == end - start && json.startsWith(known, start)) {
            // The same text as the last story had here: no copy, and it was checked when first read.
            return known;
        }
        for (int i = start; i < end; i++) {
            if (json.charAt(i) < 0x20) {
                throw DECLINE;
            }
        }
        String text = json.substring(start, end);
        if (slot >= 0 && slot < REMEMBERED.length) {
            REMEMBERED[slot] = text;
        }
        return text;
    }

    private String escaped(int start) {
        StringBuilder text = new StringBuilder(at - start + 16).append(json, start, at);
        int length = json.length();
        while (at < length) {
            char c = json.charAt(at++);
            if (c == '"') {
                return text.toString();
            }
            if (c < 0x20) {
                throw DECLINE;
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (at >= length) {
                throw DECLINE;
            }
            char e = json.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> text.append(e);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> text.append(hex4());
                default -> throw DECLINE;
            }
        }
        throw DECLINE;
    }

    private char hex4() {
        if (at + 4 > json.length()) {
            throw DECLINE;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(json.charAt(at++), 16);
            if (digit < 0) {
                throw DECLINE;
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    /** A constant by its exact name, as {@code Enum.valueOf} finds it; an escaped name is left to the general reader. */
    private <E extends Enum<E>> E constant(E[] constants) {
        expect("\"");
        for (E constant : constants) {
            String name = constant.name();
            if (json.startsWith(name, at) && at + name.length() < json.length() && json.charAt(at + name.length()) == '"') {
                at += name.length() + 1;
                return constant;
            }
        }
        throw DECLINE;
    }

    private Instant instant() {
        Instant instant = IsoInstant.parse(string());
        if (instant == null) {
            throw DECLINE;
        }
        return instant;
    }

    /**
     * The text of a JSON number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, as Jackson
     * accepts it with its default features.
     */
    private String number() {
        int start = at;
        next('-');
        if (next('0')) {
            if (digits() > 0) {
                throw DECLINE;
            }
        } else if (digits() == 0) {
            throw DECLINE;
        }
        if (next('.') && digits() == 0) {
            throw DECLINE;
        }
        if (next('e') || next('E')) {
            if (!next('+')) {
                next('-');
            }
            if (digits() == 0) {
                throw DECLINE;
            }
        }
        if (at - start > MAX_NUMBER_CHARS) {
            throw DECLINE;
        }
        return json.substring(start, at);
    }

    private int digits() {
        int start = at;
        while (at < json.length() && json.charAt(at) >= '0' && json.charAt(at) <= '9') {
            at++;
        }
        return at - start;
    }

    /**
     * A whole number that fits a long, as Jackson reads one; anything else (a fraction, an
     * exponent, more than a long holds) is declined, the last by {@code Long.parseLong}'s exception.
     */
    private long count() {
        String number = number();
        if (!isWhole(number)) {
            throw DECLINE;
        }
        return Long.parseLong(number);
    }

    private int whole() {
        long value = count();
        if (value != (int) value) {
            throw DECLINE;
        }
        return (int) value;
    }

    /** As Jackson gives a double: a whole number converted from its long value, any other by {@code Double.parseDouble}. */
    private double real() {
        String number = number();
        // A whole number too long for a long (Jackson goes through BigInteger) is declined by Long.parseLong.
        return isWhole(number) ? Long.parseLong(number) : Double.parseDouble(number);
    }

    private static boolean isWhole(String number) {
        return number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0;
    }
}
