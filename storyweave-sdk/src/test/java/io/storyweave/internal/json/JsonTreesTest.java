package io.storyweave.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's own tree read and written as databind's {@code readTree} and {@code writeValueAsString} did. */
class JsonTreesTest {
    static final ObjectMapper DATABIND = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readsWhatObjectMapperReadsForTheShapesTheSdkHandles() throws Exception {
        for (String json : List.of(
                "{\"title\":\"Mia's \\\"moon\\\" trip\",\"pages\":[{\"text\":\"Caf\\u00e9 \u00fcber \ud83d\ude80\\n\"},\"plain\"]}",
                "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":1.5e3,\"e\":-0.25,\"f\":true,"
                        + "\"g\":false,\"h\":null,\"i\":[],\"j\":{}}",
                "{\"dup\":1,\"dup\":2}",
                "[1,[2,[3,{\"x\":[]}]]]",
                "\"just text\"",
                "42",
                "{\"story\":{\"title\":\"t\"}} and then some prose the model added")) {
            assertThat(databind(JsonTrees.read(json))).as(json).isEqualTo(DATABIND.readTree(json));
            assertThat(databind(JsonTrees.read(utf8(json)))).as(json).isEqualTo(DATABIND.readTree(json));
        }
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceWithItsLastValue() throws Exception {
        JsonValue tree = JsonTrees.read("{\"a\":1,\"b\":{\"x\":true},\"a\":[\"last\"],\"b\":\"also last\"}");

        assertThat(JsonTrees.write(tree)).isEqualTo("{\"a\":[\"last\"],\"b\":\"also last\"}");
    }

    @Test
    void integersTakeTheSmallestKindThatHoldsThemAndDecimalsAreDoubles() throws Exception {
        assertThat(number("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(number("-0")).isEqualTo(0);
        assertThat(number("-2147483649")).isEqualTo(-2147483649L);
        assertThat(number("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(number("2.0")).isEqualTo(2.0);
        assertThat(number("1.5e3")).isEqualTo(1500.0);
        assertThat(number("-0.0")).isEqualTo(-0.0);
        assertThat(number("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aNumberIsWrittenBackAsItsKind() throws Exception {
        assertThat(JsonTrees.write(JsonTrees.read("[2,2.0,1.5e3,5000000000,123456789012345678901234567890,-0.0]")))
                .isEqualTo("[2,2.0,1500.0,5000000000,123456789012345678901234567890,-0.0]");
        assertThat(new JsonNumber(2)).isNotEqualTo(new JsonNumber(2.0)).isNotEqualTo(new JsonNumber(2L));
    }

    @Test
    void aNumberIsOneOfTheKindsTheReaderMakes() {
        for (Number other : new Number[]{new BigDecimal("1.5"), 1.5f, (short) 3, null}) {
            assertThatThrownBy(() -> new JsonNumber(other)).as(String.valueOf(other))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Integer, Long, BigInteger or Double");
        }
    }

    @Test
    void eachKindIsTextAsDatabindGivesIt() throws Exception {
        String json = "{\"s\":\"x y\",\"i\":5,\"l\":5000000000,\"b\":123456789012345678901234567890,\"d\":1.5e3,"
                + "\"e\":2e-3,\"t\":true,\"f\":false,\"n\":null,\"o\":{\"k\":1},\"a\":[1]}";
        JsonObject ours = (JsonObject) JsonTrees.read(json);
        JsonNode theirs = DATABIND.readTree(json);

        assertThat(ours.fields()).hasSize(11);
        ours.fields().forEach((key, value) -> assertThat(value.asText()).as(key).isEqualTo(theirs.get(key).asText()));
    }

    @Test
    void escapesAndNonAsciiTextAsDatabindWritesIt() throws Exception {
        String text = "quote \" backslash \\ slash / tab \t line \n return \r bell \u0007 nul \u0000 del \u007f"
                + " <b>&amp;</b> caf\u00e9 \u00fcber \u2028 \ud83d\ude80 \u4e2d\u6587";
        JsonObject tree = new JsonObject().put(text, text);
        tree.putArray("items").add(text);

        String written = JsonTrees.write(tree);

        assertThat(written).isEqualTo(DATABIND.writeValueAsString(databind(tree)));
        assertThat(JsonTrees.read(written)).isEqualTo(tree);
        assertThat(JsonTrees.read("\"\\u00e9\\uD83D\\uDE80\\\"\\/\\b\\f\"")).isEqualTo(new JsonString("\u00e9\ud83d\ude80\"/\b\f"));
    }

    @Test
    void aTreeBuiltFieldByFieldIsWrittenAsDatabindWritesIt() throws Exception {
        JsonObject node = new JsonObject().put("theme", "space <script> & \"quotes\" \u00e9 \ud83d\ude80").put("none", null);
        node.putArray("interests").add("rockets").add("moon\tdust").add((String) null).addObject().put("check", "x");
        node.putObject("nested").putArray("empty");
        node.set("n", new JsonNumber(3)).set("half", new JsonNumber(0.5)).set("yes", new JsonBoolean(true));

        assertThat(JsonTrees.write(node)).isEqualTo(DATABIND.writeValueAsString(databind(node)))
                .isEqualTo("{\"theme\":\"space <script> & \\\"quotes\\\" \u00e9 \ud83d\ude80\",\"none\":null,"
                        + "\"interests\":[\"rockets\",\"moon\\tdust\",null,{\"check\":\"x\"}],\"nested\":{\"empty\":[]},"
                        + "\"n\":3,\"half\":0.5,\"yes\":true}");
        assertThat(node).hasToString(JsonTrees.write(node));
    }

    @Test
    void objectsAreEqualInAnyFieldOrderAndArraysOnlyInTheirOrder() throws Exception {
        assertThat(JsonTrees.read("{\"a\":1,\"b\":[1,2]}")).isEqualTo(JsonTrees.read("{\"b\":[1,2],\"a\":1}"))
                .hasSameHashCodeAs(JsonTrees.read("{\"b\":[1,2],\"a\":1}"))
                .isNotEqualTo(JsonTrees.read("{\"a\":1,\"b\":[2,1]}"));
    }

    @Test
    void emptyTextHoldsNoValue() throws Exception {
        assertThat(JsonTrees.read("")).isNull();
        assertThat(JsonTrees.read("   \n")).isNull();
        assertThat(JsonTrees.read(utf8(""))).isNull();
        assertThat(JsonTrees.read(utf8(" \t\r\n"))).isNull();
    }

    @Test
    void textThatIsNotJsonIsAProcessingException() {
        for (String bad : List.of("{\"title\":", "{\"a\" 1}", "[1,2", "Once upon a time", "{\"a\":tru}", "{\"a\":1,}",
                "[1,]", "{'a':1}", "\"unterminated", "\"tab\tinside\"", "01", "NaN", "}")) {
            assertThatThrownBy(() -> JsonTrees.read(bad)).as(bad).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> JsonTrees.read(utf8(bad))).as(bad).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> DATABIND.readTree(bad)).as("databind agrees: " + bad).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void theBuiltTreeCannotBeChangedThroughItsViews() {
        JsonObject object = new JsonObject().put("a", "b");
        JsonArray array = new JsonArray().add("x");

        assertThatThrownBy(() -> object.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var items = array.iterator();
            items.next();
            items.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Object number(String json) throws JsonProcessingException {
        return ((JsonNumber) JsonTrees.read(json)).value();
    }

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Our tree as databind's, kind for kind (an int stays an IntNode), so databind can be the oracle. */
    static JsonNode databind(JsonValue value) {
        if (value instanceof JsonObject object) {
            ObjectNode node = NODES.objectNode();
            object.fields().forEach((key, field) -> node.set(key, databind(field)));
            return node;
        }
        if (value instanceof JsonArray array) {
            ArrayNode node = NODES.arrayNode();
            array.forEach(item -> node.add(databind(item)));
            return node;
        }
        if (value instanceof JsonString text) {
            return NODES.textNode(text.value());
        }
        if (value instanceof JsonNumber number) {
            Number n = number.value();
            return n instanceof Integer i ? NODES.numberNode(i) : n instanceof Long l ? NODES.numberNode(l)
                    : n instanceof BigInteger big ? NODES.numberNode(big) : NODES.numberNode(n.doubleValue());
        }
        if (value instanceof JsonBoolean bool) {
            return NODES.booleanNode(bool.value());
        }
        return value == null ? null : NODES.nullNode();
    }
}
