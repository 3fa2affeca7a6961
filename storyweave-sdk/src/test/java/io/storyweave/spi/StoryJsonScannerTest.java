package io.storyweave.spi;

import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.TokenUsage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.storyweave.spi.StoryJsonReaderTest.DATABIND;
import static io.storyweave.spi.StoryJsonReaderTest.fullStory;
import static io.storyweave.spi.StoryJsonReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

class StoryJsonScannerTest {
    /** The general reader: whatever the scanner reads, it must read the same. */
    private static final StoryJsonReader READER = new StoryJsonReader(DATABIND.getFactory());
    private static final String JSON_CHARACTERS = "\"\\{}[],:0123456789-+.eEnultrfasNI \u0000\u001f\u00e9\ud83d";

    @Test
    void aStoryWithEveryFieldAsToJsonWritesItIsReadAsTheGeneralReaderReadsIt() throws IOException {
        Story story = fullStory();
        String json = StoryCodec.toJson(story);

        Story scanned = StoryJsonScanner.read(json);

        assertThat(scanned).isNotNull().isEqualTo(story).isEqualTo(READER.read(json))
                .isEqualTo(DATABIND.readValue(json, Story.class));
        assertThat(scanned.usage().inputTokens()).isEqualTo(Long.MAX_VALUE);
        assertThat(scanned.estimatedCostUsd()).hasToString("0.000120");
        assertThat(scanned.createdAt()).isEqualTo(Instant.parse("2024-02-29T23:59:59.000000001Z"));
        assertThat(scanned.title()).isEqualTo("Zoë und der 🚀 \"Mond\" \\ 月の兎 \u202b שלום \ud800");
    }

    @Test
    void aStoryStoredEarlierInTheWrittenShapeIsReadAndAnOlderOrNewerShapeIsLeftToTheGeneralReader() throws IOException {
        // The file ends in a line break, which a stored item does not.
        String stored = resource("stored-story.json").strip();
        String olderAndNewer = resource("stored-story-older-and-newer.json");

        assertThat(StoryJsonScanner.read(stored)).isNotNull().isEqualTo(READER.read(stored));
        // Written before the checks' version was recorded: read as not recorded, so it is checked again.
        assertThat(StoryJsonScanner.read(stored).quality().checkedBy()).isEmpty();
        assertThat(StoryJsonScanner.read(stored + "\n")).isNull();
        assertThat(StoryJsonScanner.read(olderAndNewer)).isNull();
        assertThat(StoryCodec.storyFromJson(olderAndNewer)).isEqualTo(READER.read(olderAndNewer));
    }

    @Test
    void emptyListsNullsAndEscapesOfEveryKindReadAsTheGeneralReaderReadsThem() {
        Story story = fullStory().toBuilder()
                .request(StoryRequest.builder().neurotype(io.storyweave.Neurotype.DYSLEXIA).age(3).theme("x")
                        .pages(1).build())
                .estimatedCostUsd(null)
                .quality(QualityReport.builder().checks(List.of()).build())
                .build();
        String json = StoryCodec.toJson(story)
                .replace("\"title\":" + quoted(story.title()),
                        "\"title\":\"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u00C9 \\ud83d\\ude80 \\uDC00 end\"");

        Story scanned = StoryJsonScanner.read(json);

        assertThat(scanned).isNotNull().isEqualTo(READER.read(json));
        assertThat(scanned.title()).isEqualTo("\"q\" \\ / \b\f\n\r\t éÉ 🚀 \udc00 end");
        assertThat(scanned.estimatedCostUsd()).isNull();
        assertThat(scanned.request().interests()).isEmpty();
        assertThat(scanned.request().anxietyStyle()).isNull();
        assertThat(scanned.quality().checks()).isEmpty();
    }

    @Property(tries = 300)
    void anyTextsAreReadAsTheGeneralReaderReadsThem(@ForAll("texts") String title, @ForAll("texts") String page,
                                                    @ForAll("texts") String detail, @ForAll("texts") String theme) {
        Story story = fullStory().toBuilder().title(title)
                .pages(List.of(new Page("x" + page), new Page(page + "?")))
                .request(fullStory().request().toBuilder().theme("t" + theme)
                        // An interest is at most 40 characters: the prefix and 39 of the text.
                        .interests(List.of("i" + theme.substring(0, Math.min(39, theme.length()))))
                        .heroName(null).profileId("p" + detail).build())
                .quality(fullStory().quality().toBuilder()
                        .checks(List.of(new QualityCheck(detail, false, detail + title, QualityCheck.Layer.GUARD))).build())
                .build();
        String json = StoryCodec.toJson(story);

        assertThat(StoryJsonScanner.read(json)).isNotNull().isEqualTo(story).isEqualTo(READER.read(json));
    }

    @Property(tries = 300)
    void anyNumbersAreReadAsTheGeneralReaderReadsThem(@ForAll double grade, @ForAll("counts") long tokens,
                                                      @ForAll @IntRange(min = 1) int drafts,
                                                      @ForAll("costs") BigDecimal cost) {
        Story story = fullStory().toBuilder()
                .usage(TokenUsage.withCache(tokens, tokens / 3, 0, tokens % 1000))
                .estimatedCostUsd(cost)
                .quality(fullStory().quality().toBuilder().readabilityGrade(grade).targetGrade(-grade)
                        .averageSentenceWords(grade / 7).longestSentenceWords(drafts).drafts(drafts).build())
                .build();
        String json = StoryCodec.toJson(story);

        Story scanned = StoryJsonScanner.read(json);

        if (Double.isFinite(grade)) {
            assertThat(scanned).isNotNull().isEqualTo(story).isEqualTo(READER.read(json));
        } else {
            // Jackson writes NaN and the infinities as strings: not the usual shape, left to the general reader.
            assertThat(scanned).isNull();
            assertThat(StoryCodec.storyFromJson(json)).isEqualTo(story);
        }
    }

    /**
     * Any one edit to a story's JSON: whatever the scanner still reads, the general reader reads the
     * same; whatever it refuses, it leaves to the general reader.
     */
    @Property(tries = 2000)
    void afterAnyOneEditItReadsOnlyWhatTheGeneralReaderReadsTheSame(@ForAll("edits") int[] edit) {
        String json = StoryCodec.toJson(fullStory());
        int at = edit[0] % (json.length() + 1);
        char c = JSON_CHARACTERS.charAt(edit[1] % JSON_CHARACTERS.length());
        String edited = switch (edit[2] % 3) {
            case 0 -> json.substring(0, at) + c + json.substring(at);
            case 1 -> at == json.length() ? json : json.substring(0, at) + json.substring(at + 1);
            default -> at == json.length() ? json + c : json.substring(0, at) + c + json.substring(at + 1);
        };

        Story scanned = StoryJsonScanner.read(edited);

        if (scanned != null) {
            assertThat(scanned).as(edited).isEqualTo(READER.read(edited));
        }
    }

    /** Check names and details are remembered across stories by their place: threads reading different stories at once each get their own. */
    @Test
    void threadsReadingStoriesWhoseChecksDifferAtOnceEachGetTheirOwnTexts() throws Exception {
        List<Story> stories = new java.util.ArrayList<>();
        for (int s = 0; s < 4; s++) {
            List<QualityCheck> checks = new java.util.ArrayList<>();
            for (int c = 0; c < 6; c++) {
                checks.add(new QualityCheck(c % 2 == 0 ? "same-" + c : "check-" + s + "-" + c, true,
                        s % 2 == 0 ? "same detail " + c : "detail \"" + s + "\" ü " + c, QualityCheck.Layer.LOCAL));
            }
            stories.add(fullStory().toBuilder().quality(fullStory().quality().toBuilder().checks(checks).build()).build());
        }
        List<String> jsons = stories.stream().map(StoryCodec::toJson).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 3_000; i++) {
                        int which = (first + i) % jsons.size();
                        assertThat(StoryJsonScanner.read(jsons.get(which))).isEqualTo(stories.get(which));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void whatIsNotTheWrittenShapeIsLeftToTheGeneralReaderAndReadsOrFailsAsBefore() {
        String json = StoryCodec.toJson(fullStory());
        List<String> others = List.of(
                " " + json,
                json + " ",
                json.replace(",\"title\":", ", \"title\":"),
                json.replace("\"age\":9", "\"age\":09"),
                json.replace("\"age\":9", "\"age\":9.0"),
                json.replace("\"maxSentenceWords\":14", "\"maxSentenceWords\":1.4e1"),
                json.replace("\"estimatedCostUsd\":0.000120", "\"estimatedCostUsd\":1."),
                json.replace("\"estimatedCostUsd\":0.000120", "\"estimatedCostUsd\":\"0.1\""),
                json.replace("\"tier\":\"QUALITY\"", "\"tier\":\"\\u0051UALITY\""),
                json.replace("\"tier\":\"QUALITY\"", "\"tier\":\"QUALITY2\""),
                json.replace("\"title\":\"Zo", "\"title\":\"\\x Zo"),
                json.replace("\"title\":\"Zo", "\"title\":\"\u0001Zo"),
                json.replace("\"age\":9", "\"age\":99999999999"),
                json.replace("\"inputTokens\":" + Long.MAX_VALUE, "\"inputTokens\":9223372036854775808"),
                json.replace("\"drafts\":3", "\"drafts\":0"),
                json.replace("{\"id\":", "{\"extra\":1,\"id\":"),
                json.replace("\"fresh\":true", "\"fresh\":null"),
                json.substring(0, json.length() - 1));

        for (String other : others) {
            assertThat(StoryJsonScanner.read(other)).as(other).isNull();
            assertThat(outcome(() -> StoryCodec.storyFromJson(other))).as(other).isEqualTo(outcomeBefore(other));
        }
        assertThat(StoryJsonScanner.read(null)).isNull();
    }

    /** What StoryCodec gave before the scanner: the general reader's story, else databind's, else a StorageException. */
    private static Object outcomeBefore(String json) {
        Object general = outcome(() -> READER.read(json));
        if (general instanceof Story) {
            return general;
        }
        Object databind = outcome(() -> DATABIND.readValue(json, Story.class));
        return databind instanceof Story ? databind : StorageException.class;
    }

    /** The story, or the class of what was thrown. */
    private static Object outcome(java.util.concurrent.Callable<Story> read) {
        try {
            return read.call();
        } catch (Exception e) {
            return e instanceof StoryJsonReader.Failure ? StoryJsonReader.Failure.class : e.getClass();
        }
    }

    private static String quoted(String text) {
        try {
            return DATABIND.writeValueAsString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Any characters, lone surrogates and controls included. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(0L, 1L, 999_999_999_999_999_999L,
                1_000_000_000_000_000_000L, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<BigDecimal> costs() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().ofScale(6).between(BigDecimal.ZERO, new BigDecimal("1000")),
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("1E-7"), new BigDecimal("1E+3"), new BigDecimal("-2.50"),
                        new BigDecimal("123456789012345678901234567890.5")));
    }

    @Provide
    Arbitrary<int[]> edits() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3);
    }
}
