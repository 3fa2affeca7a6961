package io.storyweave.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.storyweave.ChildProfile;
import io.storyweave.Page;
import io.storyweave.StorageException;
import io.storyweave.Story;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static io.storyweave.spi.StoryJsonReaderTest.DATABIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * StoryCodec without databind against databind with StoryCodec's former settings, the oracle: the
 * same bytes written for any story and profile, the same values read back from databind's JSON and
 * from any variant of it a store could hold (fields in another order, unknown fields of every kind,
 * fields missing or null).
 */
class StoryCodecMatchesDatabindTest {
    private static final JsonNodeFactory NODES = DATABIND.getNodeFactory();

    @Property(tries = 400)
    void aStoryIsWrittenByteForByteAsDatabindWroteIt(@ForAll("stories") Story story) throws JsonProcessingException {
        assertThat(StoryCodec.toJson(story)).isEqualTo(DATABIND.writeValueAsString(story));
    }

    @Property(tries = 400)
    void aProfileIsWrittenByteForByteAsDatabindWroteIt(@ForAll("profiles") ChildProfile profile) throws JsonProcessingException {
        assertThat(StoryCodec.toJson(profile)).isEqualTo(DATABIND.writeValueAsString(profile));
    }

    @Property(tries = 400)
    void aStoryDatabindWroteReadsBackToTheSameValueAsDatabindReadsIt(@ForAll("stories") Story story) throws JsonProcessingException {
        String json = DATABIND.writeValueAsString(story);

        assertThat(StoryCodec.storyFromJson(json)).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
    }

    @Property(tries = 400)
    void aProfileDatabindWroteReadsBackToTheSameValueAsDatabindReadsIt(@ForAll("profiles") ChildProfile profile)
            throws JsonProcessingException {
        String json = DATABIND.writeValueAsString(profile);

        assertThat(StoryCodec.profileFromJson(json)).isEqualTo(profile).isEqualTo(DATABIND.readValue(json, ChildProfile.class));
    }

    @Property(tries = 300)
    void aStoryWithFieldsShuffledAndUnknownFieldsOfEveryKindReadsAsWritten(@ForAll("stories") Story story,
                                                                          @ForAll long seed) throws IOException {
        String json = vary(DATABIND.writeValueAsString(story), new Random(seed), 0);

        assertThat(StoryCodec.storyFromJson(json)).as(json).isEqualTo(story).isEqualTo(DATABIND.readValue(json, Story.class));
    }

    @Property(tries = 300)
    void aProfileWithFieldsShuffledAndUnknownFieldsOfEveryKindReadsAsWritten(@ForAll("profiles") ChildProfile profile,
                                                                            @ForAll long seed) throws IOException {
        String json = vary(DATABIND.writeValueAsString(profile), new Random(seed), 0);

        assertThat(StoryCodec.profileFromJson(json)).as(json).isEqualTo(profile)
                .isEqualTo(DATABIND.readValue(json, ChildProfile.class));
    }

    /** Some variants lack a required field: those both refuse, the rest both read to the same value. */
    @Property(tries = 500)
    void aStoryWithFieldsMissingOrNullReadsAsDatabindReadsItOrIsRefusedAsDatabindRefusedIt(
            @ForAll("stories") Story story, @ForAll long seed) throws IOException {
        String json = vary(DATABIND.writeValueAsString(story), new Random(seed), 12);

        assertReadAsDatabind(json, Story.class, StoryCodec::storyFromJson);
    }

    @Property(tries = 500)
    void aProfileWithFieldsMissingOrNullReadsAsDatabindReadsItOrIsRefusedAsDatabindRefusedIt(
            @ForAll("profiles") ChildProfile profile, @ForAll long seed) throws IOException {
        String json = vary(DATABIND.writeValueAsString(profile), new Random(seed), 6);

        assertReadAsDatabind(json, ChildProfile.class, StoryCodec::profileFromJson);
    }

    @Test
    void everyCharacterIsEscapedOrLeftAsDatabindWroteIt() throws JsonProcessingException {
        StringBuilder all = new StringBuilder("x");
        for (char c = 0; c < 0x100; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\ud800 \udc00\ud83d\ude80\udbff\ufeff\uffff");
        Story story = StoryJsonReaderTest.fullStory().toBuilder().title(all.toString())
                .pages(List.of(new Page(all.toString()))).build();
        String json = StoryCodec.toJson(story);

        assertThat(json).isEqualTo(DATABIND.writeValueAsString(story)).contains("\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E", "\\u001F !\\\"#");
        assertThat(StoryCodec.storyFromJson(json)).isEqualTo(story);
    }

    @Property(tries = 200)
    void anyInstantIsWrittenAsDatabindWroteItAndReadBack(@ForAll("instants") Instant instant) throws JsonProcessingException {
        Story story = StoryJsonReaderTest.fullStory().toBuilder().createdAt(instant).build();
        String json = StoryCodec.toJson(story);

        assertThat(json).isEqualTo(DATABIND.writeValueAsString(story));
        assertThat(StoryCodec.storyFromJson(json).createdAt()).isEqualTo(instant)
                .isEqualTo(DATABIND.readValue(json, Story.class).createdAt());
    }

    @Property(tries = 100)
    void aCostAtAnyScaleIsWrittenAsDatabindWroteIt(@ForAll long unscaled, @ForAll int scale) throws JsonProcessingException {
        Story story = StoryJsonReaderTest.fullStory().toBuilder().estimatedCostUsd(BigDecimal.valueOf(unscaled, scale % 400)).build();

        assertThat(StoryCodec.toJson(story)).isEqualTo(DATABIND.writeValueAsString(story));
        assertThat(StoryCodec.storyFromJson(StoryCodec.toJson(story))).isEqualTo(story);
    }

    static <T> void assertReadAsDatabind(String json, Class<T> type, Function<String, T> codec) {
        T expected;
        try {
            expected = DATABIND.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException databindRefused) {
            assertThatThrownBy(() -> codec.apply(json)).as(json).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("A stored " + type.getSimpleName() + " could not be read back");
            return;
        }
        assertThat(codec.apply(json)).as(json).isEqualTo(expected);
    }

    /**
     * Shuffles every object's fields and adds unknown fields holding any JSON (nested objects with
     * the records' own field names included); with {@code dropOneIn} above 0, also leaves out or
     * nulls about one field in that many.
     */
    private static String vary(String json, Random random, int dropOneIn) throws IOException {
        try (JsonParser p = DATABIND.getFactory().createParser(json)) {
            return DATABIND.writeValueAsString(vary(tree(p, p.nextToken()), random, dropOneIn));
        }
    }

    /** A tree that keeps every number's text (0.000120 and -0.0 stay as written), to edit and write back. */
    private static JsonNode tree(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    object.set(field, tree(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                    array.add(tree(p, next));
                }
                return array;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
                return NODES.rawValueNode(new RawValue(p.getText()));
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_TRUE, VALUE_FALSE:
                return NODES.booleanNode(p.getBooleanValue());
            default:
                return NODES.nullNode();
        }
    }

    private static JsonNode vary(JsonNode node, Random random, int dropOneIn) {
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(element -> out.add(vary(element, random, dropOneIn)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        Collections.shuffle(fields, random);
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : fields) {
            if (random.nextInt(4) == 0) {
                out.set("unknown" + random.nextInt(1000), anyJson(random, 3));
            }
            int drop = dropOneIn == 0 ? -1 : random.nextInt(dropOneIn);
            if (drop == 0) {
                continue;
            }
            out.set(field.getKey(), drop == 1 ? NODES.nullNode() : vary(field.getValue(), random, dropOneIn));
        }
        if (random.nextBoolean()) {
            out.set("unknown", anyJson(random, 3));
        }
        return out;
    }

    /** Any JSON value, up to {@code depth} levels deep; objects may use the records' field names. */
    private static JsonNode anyJson(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(random.nextLong());
            case 3:
                return NODES.numberNode(new BigDecimal(random.nextGaussian() * 1e6).movePointLeft(random.nextInt(12)));
            case 4:
                return NODES.textNode("\"}]{[\\,:" + (char) random.nextInt(0x10000));
            case 5:
                return NODES.textNode("");
            case 6:
                return NODES.numberNode(new java.math.BigInteger(100, random));
            case 7: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyJson(random, depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                String[] names = {"id", "text", "pages", "request", "checks", "age", "createdAt", "x"};
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(names[random.nextInt(names.length)], anyJson(random, depth - 1));
                }
                return object;
            }
        }
    }

    @Provide
    Arbitrary<Story> stories() {
        return StoryArbitraries.stories();
    }

    @Provide
    Arbitrary<ChildProfile> profiles() {
        return StoryArbitraries.profiles();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return StoryArbitraries.instants();
    }
}
