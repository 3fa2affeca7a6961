package io.storyweave.spi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryJsonReaderTest {
    /** The databind mapper StoryCodec used before it had its own reader and writer: the reference for every answer. */
    static final ObjectMapper DATABIND = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final StoryJsonReader READER = new StoryJsonReader(DATABIND.getFactory());

    @Test
    void everyFieldRoundTripsIncludingUnicodeEscapesAndOddNumbers() throws IOException {
        Story story = fullStory();

        String json = StoryCodec.toJson(story);
        Story back = READER.read(json);

        assertThat(back).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
        assertThat(back.title()).isEqualTo("Zoë und der 🚀 \"Mond\" \\ 月の兎 \u202b שלום \ud800");
        assertThat(back.pages()).extracting(Page::text)
                .containsExactly("Line one\nline two\ttabbed, a \u0001 control and \u2028 a separator?", "Café 👩‍🚀 ñ");
        assertThat(back.estimatedCostUsd()).isEqualTo(new BigDecimal("0.000120")).hasToString("0.000120");
        assertThat(back.createdAt()).isEqualTo(Instant.parse("2024-02-29T23:59:59.000000001Z"));
        assertThat(back.usage()).isEqualTo(TokenUsage.withCache(Long.MAX_VALUE, 7, 3000, 1000));
        assertThat(back.request().neurotypes()).containsExactlyInAnyOrder(Neurotype.AUTISM, Neurotype.ANXIETY);
        assertThat(back.quality().checks()).extracting(QualityCheck::layer)
                .containsExactly(QualityCheck.Layer.LOCAL, QualityCheck.Layer.REVIEW, QualityCheck.Layer.GUARD);
    }

    /**
     * Guards the round trip above against a component added later: a record component the example
     * leaves at its default would round-trip even if this reader never read it.
     */
    @Test
    void theFullStorySetsEveryComponentOfEveryRecordSoTheRoundTripCoversIt() throws ReflectiveOperationException {
        Map<String, Boolean> set = new TreeMap<>();
        collect(fullStory(), set);

        assertThat(set).as("components left at their default in fullStory(): set them, and read them in"
                + " StoryJsonReader").allSatisfy((component, isSet) -> assertThat(isSet).as(component).isTrue());
        assertThat(set.keySet()).contains("Story.quality", "StoryRequest.heroPronouns", "QualityCheck.layer",
                "TokenUsage.cacheWriteInputTokens", "Page.text");
    }

    private static void collect(Object value, Map<String, Boolean> set) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                collect(element, set);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object part = component.getAccessor().invoke(value);
            boolean isSet = part != null && !part.equals(false) && !(part instanceof Number n && n.doubleValue() == 0)
                    && !(part instanceof List<?> l && l.isEmpty());
            set.merge(value.getClass().getSimpleName() + "." + component.getName(), isSet, Boolean::logicalOr);
            collect(part, set);
        }
    }

    @Property(tries = 300)
    void anyTextsRoundTripExactlyAsDatabindReadsThem(@ForAll("texts") String title, @ForAll("texts") String page,
                                                      @ForAll("texts") String detail) throws IOException {
        Story story = fullStory().toBuilder().title(title)
                .pages(List.of(new Page("x" + page), new Page(page + "?")))
                .quality(fullStory().quality().toBuilder()
                        .checks(List.of(new QualityCheck(detail, true, detail, QualityCheck.Layer.REVIEW))).build())
                .build();

        String json = StoryCodec.toJson(story);

        assertThat(READER.read(json)).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
    }

    /** Any characters, lone surrogates and controls included. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Test
    void nullsEmptyListsAndNonFiniteGradesReadBackAsWritten() throws IOException {
        Story story = fullStory().toBuilder()
                .request(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 1))
                .pages(List.of(new Page("One page?")))
                .estimatedCostUsd(null)
                .createdAt(Instant.parse("2026-11-25T08:00:00Z"))
                .quality(QualityReport.builder().readabilityGrade(Double.NaN).targetGrade(Double.POSITIVE_INFINITY)
                        .averageSentenceWords(Double.NEGATIVE_INFINITY).checks(List.of()).build())
                .build();

        String json = StoryCodec.toJson(story);
        Story back = READER.read(json);

        assertThat(json).contains("\"estimatedCostUsd\":null", "\"heroName\":null", "\"interests\":[]", "\"checks\":[]",
                "\"readabilityGrade\":\"NaN\"");
        assertThat(back).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
        assertThat(back.estimatedCostUsd()).isNull();
        assertThat(back.request().heroName()).isNull();
        assertThat(back.request().anxietyStyle()).isNull();
        assertThat(back.request().interests()).isEmpty();
        assertThat(back.quality().readabilityGrade()).isNaN();
    }

    @Test
    void aStoryStoredByTheDatabindCodecReadsBackAsDatabindReadsIt() throws IOException {
        String stored = resource("stored-story.json");

        Story back = READER.read(stored);

        assertThat(back).isEqualTo(DATABIND.readValue(stored, Story.class));
        assertThat(back.id()).isEqualTo("f9ca65f1-a23a-4643-a282-01f9ccd97071");
        assertThat(back.pages()).hasSize(5);
        assertThat(back.quality().checks()).hasSize(22);
        assertThat(back.createdAt()).isEqualTo(Instant.parse("2026-11-25T23:49:01.822430690Z"));
        assertThat(back.estimatedCostUsd()).isEqualTo(new BigDecimal("0.004896"));
    }

    @Test
    void fieldsAnOlderWriterLackedTakeDatabindsDefaultsAndUnknownFieldsAreSkipped() throws IOException {
        String older = resource("stored-story-older-and-newer.json");

        Story back = READER.read(older);

        assertThat(back).isEqualTo(DATABIND.readValue(older, Story.class));
        assertThat(back.usage()).isEqualTo(TokenUsage.of(812, 164));
        assertThat(back.request().heroPronouns()).isNull();
        assertThat(back.quality().checks()).extracting(QualityCheck::layer).containsOnly(QualityCheck.Layer.LOCAL);
        assertThat(back.title()).isEqualTo("[HERO] and the Red Sun");
    }

    @Test
    void fieldsInAnotherOrderReadTheSame() throws IOException {
        String json = "{\"quality\":{\"drafts\":2,\"checks\":[{\"layer\":\"GUARD\",\"detail\":\"d\",\"passed\":false,"
                + "\"name\":\"n\"}]},\"source\":\"STORE_CACHE\",\"createdAt\":\"2026-01-02T03:04:05.6Z\","
                + "\"usage\":{\"outputTokens\":2,\"inputTokens\":1},\"tier\":\"CHEAP\",\"modelId\":\"m\","
                + "\"request\":{\"pages\":1,\"theme\":\"owls\",\"age\":5,\"neurotypes\":[\"DYSLEXIA\"]},"
                + "\"pages\":[{\"text\":\" Hoot? \"}],\"title\":\"T\",\"id\":\"i\"}";

        Story back = READER.read(json);

        assertThat(back).isEqualTo(DATABIND.readValue(json, Story.class));
        assertThat(back.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.600Z"));
        assertThat(back.pages().get(0).text()).isEqualTo("Hoot?");
        assertThat(back.quality().drafts()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        String json = StoryCodec.toJson(fullStory());

        assertThatThrownBy(() -> READER.read(json.substring(0, json.length() / 2)))
                .isInstanceOf(StoryJsonReader.Failure.class)
                .hasMessageStartingWith("malformed JSON: Unexpected end-of-input")
                .hasMessageContaining("(line 1, column ");
        assertThatThrownBy(() -> READER.read("{\"id\" \"x\"}"))
                .hasMessageStartingWith("malformed JSON: Unexpected character");
        assertThatThrownBy(() -> READER.read(""))
                .hasMessage("at the top: expected a story object, found the end of the input");
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsPlace() {
        String json = StoryCodec.toJson(fullStory());

        assertThatThrownBy(() -> READER.read(json.replaceFirst("\"passed\":true", "\"passed\":\"yes\"")))
                .isInstanceOf(StoryJsonReader.Failure.class)
                .hasMessage("at /quality/checks/0/passed: expected true or false, found a string");
        assertThatThrownBy(() -> READER.read(json.replace("\"age\":9", "\"age\":\"nine\"")))
                .hasMessage("at /request/age: expected a whole number, found a string");
        assertThatThrownBy(() -> READER.read(json.replace("\"age\":9", "\"age\":4294967305")))
                .hasMessage("at /request/age: 4294967305 is too large for this field");
        assertThatThrownBy(() -> READER.read(json.replace("\"pages\":[", "\"pages\":{\"x\":[").replace("}],\"request\"", "}]},\"request\"")))
                .hasMessage("at /pages: expected a list, found an object");
        assertThatThrownBy(() -> READER.read("[]"))
                .hasMessage("at the top: expected a story object, found a list");
        assertThatThrownBy(() -> READER.read("null"))
                .hasMessage("at the top: expected a story object, found null");
        assertThatThrownBy(() -> READER.read(json + "{}"))
                .hasMessage("at the top: expected nothing after the story, found an object");
    }

    @Test
    void anUnknownConstantIsNamedWithTheValidOnes() {
        String json = StoryCodec.toJson(fullStory()).replace("\"tier\":\"QUALITY\"", "\"tier\":\"HUGE\"");

        assertThatThrownBy(() -> READER.read(json))
                .hasMessage("at /tier: \"HUGE\" is not one of " + java.util.Arrays.toString(ModelTier.values()));
    }

    @Test
    void everyConstantOfEveryEnumReadsBackAsDatabindReadsIt() throws IOException {
        int most = java.util.stream.Stream.of(ModelTier.values(), StorySource.values(), Neurotype.values(),
                AnxietyStyle.values(), Pronouns.values(), QualityCheck.Layer.values()).mapToInt(v -> v.length).max().orElseThrow();
        for (int i = 0; i < most; i++) {
            Story story = fullStory().toBuilder()
                    .tier(ModelTier.values()[i % ModelTier.values().length])
                    .source(StorySource.values()[i % StorySource.values().length])
                    .request(fullStory().request().toBuilder().neurotypes(List.of(Neurotype.values()[i % Neurotype.values().length]))
                            .anxietyStyle(AnxietyStyle.values()[i % AnxietyStyle.values().length])
                            .heroPronouns(Pronouns.values()[i % Pronouns.values().length]).build())
                    .quality(fullStory().quality().toBuilder().checks(List.of(new QualityCheck("c", true, "d",
                            QualityCheck.Layer.values()[i % QualityCheck.Layer.values().length]))).build())
                    .build();

            String json = StoryCodec.toJson(story);

            assertThat(READER.read(json)).as(json).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
        }
    }

    @Test
    void aConstantMatchesOnlyByItsExactNameEscapesIncluded() throws IOException {
        String json = StoryCodec.toJson(fullStory());
        String escaped = json.replace("\"tier\":\"QUALITY\"", "\"tier\":\"\\u0051UALIT\\u0059\"");

        assertThat(READER.read(escaped).tier()).isEqualTo(ModelTier.QUALITY);
        assertThat(READER.read(escaped)).isEqualTo(DATABIND.readValue(escaped, Story.class));
        for (String nearMiss : List.of("quality", "QUALIT", "QUALITYY", "QUALITY 2", "", "Q\\u0000UALITY")) {
            assertThatThrownBy(() -> READER.read(json.replace("\"tier\":\"QUALITY\"", "\"tier\":\"" + nearMiss + "\"")))
                    .as(nearMiss)
                    .hasMessage("at /tier: \"" + nearMiss.replace("\\u0000", "\u0000") + "\" is not one of "
                            + java.util.Arrays.toString(ModelTier.values()));
        }
        assertThatThrownBy(() -> READER.read(json.replace("\"layer\":\"REVIEW\"", "\"layer\":7")))
                .hasMessage("at /quality/checks/1/layer: expected a string, found a number");
    }

    @Test
    void aTimeThatIsNoIsoTimeIsRefusedAndOneWithAnOffsetReadsInUtc() throws IOException {
        String json = StoryCodec.toJson(fullStory());

        for (String time : List.of("2024-02-30T10:00:00Z", "2024-02-29 23:59:59Z", "yesterday")) {
            assertThatThrownBy(() -> READER.read(json.replace("2024-02-29T23:59:59.000000001Z", time)))
                    .as(time)
                    .hasMessage("at /createdAt: expected an ISO-8601 time such as 2026-11-25T08:00:00.123Z, found a string");
        }
        String offset = json.replace("2024-02-29T23:59:59.000000001Z", "2024-03-01T00:59:59+01:00");
        assertThat(READER.read(offset).createdAt()).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"))
                .isEqualTo(DATABIND.readValue(offset, Story.class).createdAt());
    }

    @Test
    void whatARecordRefusesIsReportedWithThePlace() throws IOException {
        String json = StoryCodec.toJson(fullStory());

        assertThatThrownBy(() -> READER.read(json.replace("\"text\":\"Café 👩‍🚀 ñ\"", "\"text\":\"  \"")))
                .hasMessage("at /pages/1: a page must have text");
        assertThatThrownBy(() -> READER.read(json.replace("\"title\":" + DATABIND.writeValueAsString(fullStory().title()) + ",", "")))
                .hasMessage("at the top: \"title\" is missing or null");
        assertThatThrownBy(() -> READER.read(json.replace("\"age\":9", "\"age\":30")))
                .hasMessage("at /request: age must be between 3 and 12, was 30");
        assertThatThrownBy(() -> READER.read(json.replace("\"pages\":[", "\"pages\":[null,")))
                .hasMessage("at the top: a list holds null");
        assertThatThrownBy(() -> READER.read(json.replace("\"drafts\":3", "\"drafts\":0")))
                .hasMessage("at /quality: drafts must be at least 1, was 0");
    }

    static Story fullStory() {
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.ANXIETY).neurotype(Neurotype.AUTISM)
                .age(9).theme("Mond & Sterne ✨").interests(List.of("trains", "Drachen 🐉", "家族"))
                .pages(2).profileId("p-ü-1").heroName("Zoë O'Neil-Åsa").literalLanguage(true)
                .topicsToAvoid(List.of("storms", "\"dark\" rooms")).anxietyStyle(AnxietyStyle.COPING)
                .heroPronouns(Pronouns.THEY).fresh(true).build();
        return Story.builder()
                .id("id-\u00e9-1")
                .title("Zoë und der 🚀 \"Mond\" \\ 月の兎 \u202b שלום \ud800")
                .pages(List.of(new Page("Line one\nline two\ttabbed, a \u0001 control and \u2028 a separator?"),
                        new Page("Café 👩‍🚀 ñ")))
                .request(request)
                .modelId("anthropic.claude-3-5-sonnet-20241022-v2:0")
                .tier(ModelTier.QUALITY)
                .usage(TokenUsage.withCache(Long.MAX_VALUE, 7, 3000, 1000))
                .estimatedCostUsd(new BigDecimal("0.000120"))
                .createdAt(Instant.parse("2024-02-29T23:59:59.000000001Z"))
                .source(StorySource.STORE_CACHE)
                .quality(QualityReport.builder().readabilityGrade(-0.2).targetGrade(3.5).averageSentenceWords(1e-300)
                        .longestSentenceWords(Integer.MAX_VALUE).maxSentenceWords(14)
                        .checks(List.of(new QualityCheck("title", true, "the story has a title"),
                                new QualityCheck("review", false, "too scary: \"wolf\" ✗", QualityCheck.Layer.REVIEW),
                                new QualityCheck("guard", true, "", QualityCheck.Layer.GUARD)))
                        .drafts(3).checkedBy("checks-0123456789abcdef").build())
                .build();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = StoryJsonReaderTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
