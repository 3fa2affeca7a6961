package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyweave.ChildProfile;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.TokenUsage;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes stories and profiles with Jackson's streaming generator, byte for byte as databind wrote
 * them (the format stores keep in their rows): every record component in declaration order, nulls
 * written as {@code null}, enums by name, instants as {@link Instant#toString()} (ISO-8601 in UTC,
 * as databind's JavaTimeModule writes them with timestamps off), numbers and strings as the
 * generator writes them, {@code NaN} and the infinities as strings. StoryCodecFormatTest holds
 * every output to databind's.
 */
final class StoryJsonWriter {
    private final JsonFactory factory;

    /** Writes one value into an open generator. */
    @FunctionalInterface
    private interface Body<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** @param factory the factory whose generator settings (escapes, limits) apply */
    StoryJsonWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * @param story a story
     * @return its JSON
     */
    String write(Story story) {
        return write(story, StoryJsonWriter::story);
    }

    /**
     * @param profile a profile
     * @return its JSON
     */
    String write(ChildProfile profile) {
        return write(profile, StoryJsonWriter::profile);
    }

    private <T> String write(T value, Body<T> body) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = factory.createGenerator(out)) {
            body.write(g, value);
        } catch (IOException e) {
            // Only a limit of the generator's (a text's length) can fail a write into memory.
            throw new StorageException("Could not encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void story(JsonGenerator g, Story story) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", story.id());
        g.writeStringField("title", story.title());
        g.writeArrayFieldStart("pages");
        for (Page page : story.pages()) {
            g.writeStartObject();
            g.writeStringField("text", page.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("request");
        request(g, story.request());
        g.writeStringField("modelId", story.modelId());
        constant(g, "tier", story.tier());
        g.writeFieldName("usage");
        usage(g, story.usage());
        BigDecimal cost = story.estimatedCostUsd();
        g.writeFieldName("estimatedCostUsd");
        if (cost == null) {
            g.writeNull();
        } else {
            g.writeNumber(cost);
        }
        instant(g, "createdAt", story.createdAt());
        constant(g, "source", story.source());
        g.writeFieldName("quality");
        quality(g, story.quality());
        g.writeEndObject();
    }

    private static void request(JsonGenerator g, StoryRequest request) throws IOException {
        g.writeStartObject();
        constants(g, "neurotypes", request.neurotypes());
        g.writeNumberField("age", request.age());
        g.writeStringField("theme", request.theme());
        strings(g, "interests", request.interests());
        g.writeNumberField("pages", request.pages());
        g.writeStringField("profileId", request.profileId());
        g.writeStringField("heroName", request.heroName());
        g.writeBooleanField("literalLanguage", request.literalLanguage());
        strings(g, "topicsToAvoid", request.topicsToAvoid());
        constant(g, "anxietyStyle", request.anxietyStyle());
        constant(g, "heroPronouns", request.heroPronouns());
        g.writeBooleanField("fresh", request.fresh());
        g.writeEndObject();
    }

    private static void usage(JsonGenerator g, TokenUsage usage) throws IOException {
        g.writeStartObject();
        g.writeNumberField("inputTokens", usage.inputTokens());
        g.writeNumberField("outputTokens", usage.outputTokens());
        g.writeNumberField("cacheReadInputTokens", usage.cacheReadInputTokens());
        g.writeNumberField("cacheWriteInputTokens", usage.cacheWriteInputTokens());
        g.writeEndObject();
    }

    private static void quality(JsonGenerator g, QualityReport quality) throws IOException {
        g.writeStartObject();
        g.writeNumberField("readabilityGrade", quality.readabilityGrade());
        g.writeNumberField("targetGrade", quality.targetGrade());
        g.writeNumberField("averageSentenceWords", quality.averageSentenceWords());
        g.writeNumberField("longestSentenceWords", quality.longestSentenceWords());
        g.writeNumberField("maxSentenceWords", quality.maxSentenceWords());
        g.writeArrayFieldStart("checks");
        for (QualityCheck check : quality.checks()) {
            g.writeStartObject();
            g.writeStringField("name", check.name());
            g.writeBooleanField("passed", check.passed());
            g.writeStringField("detail", check.detail());
            constant(g, "layer", check.layer());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("drafts", quality.drafts());
        g.writeEndObject();
    }

    private static void profile(JsonGenerator g, ChildProfile profile) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", profile.id());
        g.writeStringField("displayName", profile.displayName());
        g.writeNumberField("age", profile.age());
        constants(g, "neurotypes", profile.neurotypes());
        strings(g, "interests", profile.interests());
        strings(g, "topicsToAvoid", profile.topicsToAvoid());
        g.writeBooleanField("literalLanguage", profile.literalLanguage());
        constant(g, "anxietyStyle", profile.anxietyStyle());
        constant(g, "pronouns", profile.pronouns());
        g.writeNumberField("version", profile.version());
        instant(g, "createdAt", profile.createdAt());
        instant(g, "updatedAt", profile.updatedAt());
        g.writeEndObject();
    }

    /** The records' constructors never leave a list null. */
    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void constants(JsonGenerator g, String name, List<? extends Enum<?>> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            g.writeString(value.name());
        }
        g.writeEndArray();
    }

    private static void constant(JsonGenerator g, String name, Enum<?> value) throws IOException {
        g.writeStringField(name, value == null ? null : value.name());
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        g.writeStringField(name, value == null ? null : value.toString());
    }
}
