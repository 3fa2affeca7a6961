package io.storyweave.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTreesTest {
    private static final ObjectMapper DATABIND = new ObjectMapper();

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
            assertThat(JsonTrees.read(json)).as(json).isEqualTo(DATABIND.readTree(json));
            assertThat(JsonTrees.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .as(json).isEqualTo(DATABIND.readTree(json));
        }
    }

    @Test
    void emptyTextHoldsNoValue() throws Exception {
        assertThat(JsonTrees.read("")).isNull();
        assertThat(JsonTrees.read("   \n")).isNull();
    }

    @Test
    void textThatIsNotJsonIsAProcessingException() {
        for (String bad : List.of("{\"title\":", "{\"a\" 1}", "[1,2", "Once upon a time", "{\"a\":tru}")) {
            assertThatThrownBy(() -> JsonTrees.read(bad)).as(bad).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void writesWhatObjectMapperWrites() throws Exception {
        var node = JsonTrees.object();
        node.put("theme", "space <script> & \"quotes\" \u00e9 \ud83d\ude80").put("n", 3).put("big", 1L << 40)
                .put("half", 0.5).put("yes", true).putNull("none");
        node.putArray("interests").add("rockets").add("moon\tdust");
        node.putObject("nested").putArray("empty");
        assertThat(JsonTrees.write(node)).isEqualTo(DATABIND.writeValueAsString(node));
    }

    @Property(tries = 300)
    void writingThenReadingGivesTheSameTree(@ForAll("trees") JsonNode tree) throws IOException {
        String written = JsonTrees.write(tree);
        assertThat(written).isEqualTo(DATABIND.writeValueAsString(tree));
        assertThat(JsonTrees.read(written)).isEqualTo(DATABIND.readTree(written)).isEqualTo(tree);
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return tree(3);
    }

    private Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) JsonTrees.object().textNode(s)),
                Arbitraries.integers().map(i -> (JsonNode) JsonTrees.object().numberNode(i)),
                Arbitraries.longs().greaterOrEqual(1L << 33).map(l -> (JsonNode) JsonTrees.object().numberNode(l)),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (JsonNode) JsonTrees.object().numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) JsonTrees.object().booleanNode(b)),
                Arbitraries.just((JsonNode) JsonTrees.object().nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = tree(depth - 1);
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(items -> {
            var a = JsonTrees.array();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), child).ofMaxSize(4).map(fields -> {
            var o = JsonTrees.object();
            fields.forEach(o::set);
            return o;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }
}
