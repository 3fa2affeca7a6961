package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyweave.AnxietyStyle;
import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Pronouns;
import io.storyweave.StorageException;
import io.storyweave.Story;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static io.storyweave.spi.StoryJsonReaderTest.DATABIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What databind accepted in a hand-edited item beyond what StoryCodec writes (numbers as strings,
 * fractions in whole-number fields, true as "TRUE", times with offsets, ...), field kind by field
 * kind: StoryCodec reads each as databind did, or refuses it as its Javadoc says (a constant by its
 * position, a time as a number of seconds), naming the place.
 */
class StoryCodecCoercionsTest {
    /** Every kind of JSON value, and strings that look like other kinds. */
    private static final List<String> VALUES = List.of("null", "7", "0", "1", "2", "-3", "7.0", "7.9", "-0.5", "1e1", "1E0",
            "2147483648", "9223372036854775808", "1e400", "true", "false", "[]", "[7]", "[\"x\"]", "[null]", "{}",
            "{\"x\":1}", "\"0\"", "\"1\"", "\" 2 \"", "\"\"", "\"  \"", "\"null\"", "\"7\"", "\" 7 \"", "\"+7\"", "\"0007\"", "\"7.0\"", "\"-3\"",
            "\"1e3\"", "\"1d\"", "\"0x1p3\"", "\"0x10\"", "\"2147483648\"", "\"true\"", "\"TRUE\"", "\"True\"", "\"tRUE\"",
            "\"false\"", "\"FALSE\"", "\" true \"", "\"yes\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"INF\"",
            "\"-INF\"", "\"+INF\"", "\"+Infinity\"", "\"+NaN\"", "\"MEDIUM\"", "\"medium\"", "\" MEDIUM \"", "\"COPING\"",
            "\"THEY\"", "\" THEY\"", "\"she\"", "\"AUTISM\"", "\"x\"", "\"1764057600\"", "\"1764057600.5\"", "1764057600",
            "1764057600.5", "\"2026-11-25T08:00:00Z\"", "\"2026-11-25T09:00:00+01:00\"", "\"2026-11-25T08:00:00+00:00\"",
            "\"2026-11-25T08:00:00+0000\"", "\"2026-11-25T08:00:00+00\"", "\"2026-11-25T08:00:00+0100\"",
            "\"2026-11-25T08:00:00-05:30\"", "\"2026-11-25t08:00:00z\"", "\"2026-11-25T08:00Z\"",
            "\"2026-11-25T08:00:00.5Z\"", "\"2026-11-25T23:59:60Z\"", "\"2026-11-25T24:00:00Z\"",
            "\" 2026-11-25T08:00:00Z \"", "\"+12026-11-25T08:00:00Z\"", "\"-0001-11-25T08:00:00Z\"",
            "\"2026-11-25T08:00:00.1234567891Z\"", "\"2026-11-25 08:00:00Z\"", "\"2026-02-30T08:00:00Z\"");
    private static final Set<String> STORY_CONSTANTS = Set.of("/tier", "/source", "/request/anxietyStyle",
            "/request/heroPronouns", "/request/neurotypes/0", "/quality/checks/0/layer");
    private static final Set<String> PROFILE_CONSTANTS = Set.of("/anxietyStyle", "/pronouns", "/neurotypes/0");

    @Test
    void everyFieldOfAStoryReadsAnyValueAsDatabindDidOrRefusesItAsDocumented() throws JsonProcessingException {
        String json = StoryCodec.toJson(StoryJsonReaderTest.fullStory());
        List<String> paths = List.of("/id", "/title", "/pages", "/pages/0", "/pages/0/text", "/request", "/request/neurotypes",
                "/request/neurotypes/0", "/request/age", "/request/theme", "/request/interests", "/request/interests/0",
                "/request/pages", "/request/profileId", "/request/heroName", "/request/literalLanguage",
                "/request/topicsToAvoid", "/request/anxietyStyle", "/request/heroPronouns", "/request/fresh", "/modelId",
                "/tier", "/usage", "/usage/inputTokens", "/usage/outputTokens", "/usage/cacheReadInputTokens",
                "/usage/cacheWriteInputTokens", "/estimatedCostUsd", "/createdAt", "/source", "/quality",
                "/quality/readabilityGrade", "/quality/targetGrade", "/quality/averageSentenceWords",
                "/quality/longestSentenceWords", "/quality/maxSentenceWords", "/quality/checks", "/quality/checks/0",
                "/quality/checks/0/name", "/quality/checks/0/passed", "/quality/checks/0/detail", "/quality/checks/0/layer",
                "/quality/drafts");

        List<String> refused = compareEveryValue(json, paths, STORY_CONSTANTS, Story.class, StoryCodec::storyFromJson);

        // What databind read but StoryCodec refuses: only constants by position and times as seconds.
        assertThat(refused).contains("/tier=1", "/request/neurotypes/0=\"1\"", "/createdAt=1764057600",
                "/createdAt=\"1764057600.5\"").allMatch(r -> r.startsWith("/createdAt=")
                || STORY_CONSTANTS.contains(r.substring(0, r.indexOf('='))));
    }

    @Test
    void everyFieldOfAProfileReadsAnyValueAsDatabindDidOrRefusesItAsDocumented() throws JsonProcessingException {
        ChildProfile profile = ChildProfile.builder().id("p-1").displayName("Mia").age(7)
                .neurotypes(Neurotype.AUTISM, Neurotype.ANXIETY).interests(List.of("trains", "owls"))
                .topicsToAvoid(List.of("storms")).literalLanguage(true).anxietyStyle(AnxietyStyle.COPING)
                .pronouns(Pronouns.SHE).build().stamped(4, Instant.parse("2026-11-25T08:00:00.123Z"));
        String json = StoryCodec.toJson(profile);
        List<String> paths = List.of("/id", "/displayName", "/age", "/neurotypes", "/neurotypes/0", "/interests",
                "/interests/0", "/topicsToAvoid", "/literalLanguage", "/anxietyStyle", "/pronouns", "/version",
                "/createdAt", "/updatedAt");

        List<String> refused = compareEveryValue(json, paths, PROFILE_CONSTANTS, ChildProfile.class,
                StoryCodec::profileFromJson);

        assertThat(refused).contains("/pronouns=2", "/updatedAt=\"1764057600\"").allMatch(r -> r.startsWith("/createdAt=")
                || r.startsWith("/updatedAt=") || PROFILE_CONSTANTS.contains(r.substring(0, r.indexOf('='))));
    }

    @Test
    void aRefusedValueIsAStorageExceptionSayingWhereWhatAndWhatToWriteInstead() {
        String json = StoryCodec.toJson(StoryJsonReaderTest.fullStory());

        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("\"tier\":\"QUALITY\"", "\"tier\":2")))
                .isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at /tier: expected a string, found a number");
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("\"tier\":\"QUALITY\"", "\"tier\":\"2\"")))
                .hasMessageEndingWith("at /tier: \"2\" is not one of " + java.util.Arrays.toString(ModelTier.values()));
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("\"2024-02-29T23:59:59.000000001Z\"", "1709251199")))
                .hasMessageEndingWith("at /createdAt: expected an ISO-8601 time such as 2026-11-25T08:00:00.123Z, found a number");
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("2024-02-29T23:59:59.000000001Z", "1709251199")))
                .hasMessageEndingWith("at /createdAt: expected an ISO-8601 time such as 2026-11-25T08:00:00.123Z, found a"
                        + " number of seconds as a string (not read: StoryCodec never wrote one); write the time in ISO-8601");
    }

    @Test
    void nullOrMoreJsonAfterTheObjectIsRefusedWhereDatabindReadNoStoryOrStoppedReading() throws JsonProcessingException {
        String json = StoryCodec.toJson(StoryJsonReaderTest.fullStory());
        String profile = StoryCodec.toJson(ChildProfile.builder().displayName("Mia").age(7).build());

        assertThat(DATABIND.readValue("null", Story.class)).isNull();
        assertThatThrownBy(() -> StoryCodec.storyFromJson("null")).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at the top: expected a story object, found null");
        assertThatThrownBy(() -> StoryCodec.profileFromJson("null")).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at the top: expected a profile object, found null");
        assertThat(DATABIND.readValue(json + "{}", Story.class)).isEqualTo(StoryJsonReaderTest.fullStory());
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json + "{}")).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at the top: expected nothing after the story, found an object");
        assertThatThrownBy(() -> StoryCodec.profileFromJson(profile + " 7")).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at the top: expected nothing after the profile, found a number");
        assertThat(StoryCodec.storyFromJson(" \n" + json + "\n\t ")).isEqualTo(StoryJsonReaderTest.fullStory());
        assertThatThrownBy(() -> StoryCodec.storyFromJson(null)).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("no JSON: the stored text is null");
        assertThatThrownBy(() -> StoryCodec.profileFromJson(null)).isInstanceOf(StorageException.class)
                .hasMessageEndingWith("no JSON: the stored text is null");
    }

    @Test
    void aFieldRepeatedAfterEveryOtherReadsItsLastValueWhereDatabindFailed() {
        ChildProfile profile = ChildProfile.builder().id("p-1").displayName("Mia").age(7).build();
        String json = StoryCodec.toJson(profile);
        String repeated = json.substring(0, json.length() - 1) + ",\"age\":8}";

        assertThatThrownBy(() -> DATABIND.readValue(repeated, ChildProfile.class)).hasMessageContaining("age");
        assertThat(StoryCodec.profileFromJson(repeated)).isEqualTo(profile.toBuilder().age(8).build());
    }

    /**
     * Puts each value at each path and reads the result with both; they must agree (the same value,
     * or both refuse), except where StoryCodec refuses a constant by its position or a time as a
     * number, which the caller checks in the list returned ({@code path=value}, where databind read it).
     */
    private static <T> List<String> compareEveryValue(String json, List<String> paths, Set<String> constants,
                                                      Class<T> type, Function<String, T> codec)
            throws JsonProcessingException {
        List<String> refusedAsDocumented = new ArrayList<>();
        for (String path : paths) {
            for (String value : VALUES) {
                String edited = with(json, path, value);
                boolean number = value.matches("-?[0-9].*");
                boolean documented = constants.contains(path) && (number || value.matches("\" *[0-9].*\""))
                        || path.endsWith("At") && (number || value.matches("\" *-?[0-9]*\\.?[0-9]* *\"") && value.matches(".*[0-9].*"));
                Object databind = read(() -> DATABIND.readValue(edited, type));
                Object ours = read(() -> codec.apply(edited));
                if (documented && ours instanceof StorageException refusal) {
                    assertThat(refusal.getMessage()).as(edited).contains("at " + path + ": ");
                    if (!(databind instanceof Exception)) {
                        refusedAsDocumented.add(path + "=" + value);
                    }
                    continue;
                }
                if (databind instanceof Exception) {
                    assertThat(ours).as(path + "=" + value + " (databind: " + databind + ")").isInstanceOf(StorageException.class);
                } else {
                    assertThat(ours).as(path + "=" + value).isEqualTo(databind);
                }
            }
        }
        return refusedAsDocumented;
    }

    private static String with(String json, String path, String value) throws JsonProcessingException {
        JsonNode root = DATABIND.readTree(json);
        String parentPath = path.substring(0, path.lastIndexOf('/'));
        String last = path.substring(path.lastIndexOf('/') + 1);
        JsonNode parent = parentPath.isEmpty() ? root : root.at(parentPath);
        String marker = "\u0001marker\u0001";
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), DATABIND.getNodeFactory().textNode(marker));
        } else {
            ((ObjectNode) parent).put(last, marker);
        }
        return DATABIND.writeValueAsString(root).replace(DATABIND.writeValueAsString(marker), value);
    }

    /** A step that may throw, for {@link #read}. */
    @FunctionalInterface
    private interface Step {
        Object run() throws Exception;
    }

    private static Object read(Step step) {
        try {
            return step.run();
        } catch (Exception e) {
            return e;
        }
    }
}
