package io.storyweave.spi;

import io.storyweave.ChildProfile;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.TokenUsage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes stories and profiles byte for byte as Jackson databind wrote them with {@code StoryCodec}'s
 * former settings (the format stores keep in their rows): every record component in declaration
 * order, nulls as {@code null}, enums by name, instants as {@link Instant#toString()} (ISO-8601 in
 * UTC, as the JavaTimeModule wrote them with timestamps off), numbers as {@code toString()} does and
 * {@code NaN} and the infinities as strings, texts with the escapes of Jackson's generator: {@code \"},
 * {@code \\}, {@code \b \t \n \f \r}, {@code \}{@code u00XX} (upper-case hex) for the other control
 * characters, everything else (lone surrogates included) as it is.
 *
 * <p>It appends to one {@code StringBuilder} sized from the texts, which is faster than Jackson's
 * generator writing into a {@code Writer}; StoryCodecMatchesDatabindTest holds every output to
 * databind's.
 */
final class StoryJsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** The escape after the backslash of each control character and of {@code "} and {@code \}; 'u' for {@code \}{@code u00XX}. */
    private static final char[] ESCAPES = new char[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final StringBuilder out;

    private StoryJsonWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    /**
     * @param story a story
     * @return its JSON
     */
    static String write(Story story) {
        int size = 1024 + story.title().length();
        for (Page page : story.pages()) {
            size += 16 + page.text().length();
        }
        for (QualityCheck check : story.quality().checks()) {
            size += 64 + check.name().length() + check.detail().length();
        }
        StoryJsonWriter w = new StoryJsonWriter(size);
        w.story(story);
        return w.out.toString();
    }

    /**
     * @param profile a profile
     * @return its JSON
     */
    static String write(ChildProfile profile) {
        StoryJsonWriter w = new StoryJsonWriter(512);
        w.profile(profile);
        return w.out.toString();
    }

    private void story(Story story) {
        text("{\"id\":", story.id());
        text(",\"title\":", story.title());
        out.append(",\"pages\":[");
        List<Page> pages = story.pages();
        for (int i = 0; i < pages.size(); i++) {
            text(i == 0 ? "{\"text\":" : ",{\"text\":", pages.get(i).text());
            out.append('}');
        }
        out.append("],\"request\":");
        request(story.request());
        text(",\"modelId\":", story.modelId());
        constant(",\"tier\":", story.tier());
        TokenUsage usage = story.usage();
        out.append(",\"usage\":{\"inputTokens\":").append(usage.inputTokens())
                .append(",\"outputTokens\":").append(usage.outputTokens())
                .append(",\"cacheReadInputTokens\":").append(usage.cacheReadInputTokens())
                .append(",\"cacheWriteInputTokens\":").append(usage.cacheWriteInputTokens());
        BigDecimal cost = story.estimatedCostUsd();
        out.append("},\"estimatedCostUsd\":").append(cost == null ? "null" : cost.toString());
        instant(",\"createdAt\":", story.createdAt());
        constant(",\"source\":", story.source());
        out.append(",\"quality\":");
        quality(story.quality());
        out.append('}');
    }

    private void request(StoryRequest request) {
        constants("{\"neurotypes\":", request.neurotypes());
        out.append(",\"age\":").append(request.age());
        text(",\"theme\":", request.theme());
        texts(",\"interests\":", request.interests());
        out.append(",\"pages\":").append(request.pages());
        text(",\"profileId\":", request.profileId());
        text(",\"heroName\":", request.heroName());
        out.append(",\"literalLanguage\":").append(request.literalLanguage());
        texts(",\"topicsToAvoid\":", request.topicsToAvoid());
        constant(",\"anxietyStyle\":", request.anxietyStyle());
        constant(",\"heroPronouns\":", request.heroPronouns());
        out.append(",\"fresh\":").append(request.fresh()).append('}');
    }

    private void quality(QualityReport quality) {
        real("{\"readabilityGrade\":", quality.readabilityGrade());
        real(",\"targetGrade\":", quality.targetGrade());
        real(",\"averageSentenceWords\":", quality.averageSentenceWords());
        out.append(",\"longestSentenceWords\":").append(quality.longestSentenceWords())
                .append(",\"maxSentenceWords\":").append(quality.maxSentenceWords())
                .append(",\"checks\":[");
        List<QualityCheck> checks = quality.checks();
        for (int i = 0; i < checks.size(); i++) {
            QualityCheck check = checks.get(i);
            text(i == 0 ? "{\"name\":" : ",{\"name\":", check.name());
            out.append(",\"passed\":").append(check.passed());
            text(",\"detail\":", check.detail());
            constant(",\"layer\":", check.layer());
            out.append('}');
        }
        out.append("],\"drafts\":").append(quality.drafts());
        text(",\"checkedBy\":", quality.checkedBy());
        out.append('}');
    }

    private void profile(ChildProfile profile) {
        text("{\"id\":", profile.id());
        text(",\"displayName\":", profile.displayName());
        out.append(",\"age\":").append(profile.age());
        constants(",\"neurotypes\":", profile.neurotypes());
        texts(",\"interests\":", profile.interests());
        texts(",\"topicsToAvoid\":", profile.topicsToAvoid());
        out.append(",\"literalLanguage\":").append(profile.literalLanguage());
        constant(",\"anxietyStyle\":", profile.anxietyStyle());
        constant(",\"pronouns\":", profile.pronouns());
        out.append(",\"version\":").append(profile.version());
        instant(",\"createdAt\":", profile.createdAt());
        instant(",\"updatedAt\":", profile.updatedAt());
        out.append('}');
    }

    /** The records' constructors never leave a list null. */
    private void texts(String name, List<String> values) {
        out.append(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            text(i == 0 ? "" : ",", values.get(i));
        }
        out.append(']');
    }

    private void constants(String name, List<? extends Enum<?>> values) {
        out.append(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(values.get(i).name()).append('"');
        }
        out.append(']');
    }

    /** A constant's name needs no escapes. */
    private void constant(String name, Enum<?> value) {
        out.append(name);
        if (value == null) {
            out.append("null");
        } else {
            out.append('"').append(value.name()).append('"');
        }
    }

    private void instant(String name, Instant value) {
        out.append(name);
        if (value == null) {
            out.append("null");
        } else {
            out.append('"').append(value).append('"');
        }
    }

    /** As Jackson writes a double: {@code Double.toString}, and a non-finite one as a string. */
    private void real(String name, double value) {
        out.append(name);
        if (Double.isFinite(value)) {
            out.append(Double.toString(value));
        } else {
            out.append('"').append(Double.toString(value)).append('"');
        }
    }

    /** @param name what comes before the value: the field's name and colon, or a list's comma */
    private void text(String name, String value) {
        out.append(name);
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int length = value.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= ESCAPES.length || ESCAPES[c] == 0) {
                continue;
            }
            out.append(value, from, i).append('\\');
            char escape = ESCAPES[c];
            out.append(escape);
            if (escape == 'u') {
                out.append("00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(value, from, length).append('"');
    }
}
