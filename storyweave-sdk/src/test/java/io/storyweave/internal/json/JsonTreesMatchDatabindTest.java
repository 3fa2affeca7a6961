package io.storyweave.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigInteger;

import static io.storyweave.internal.json.JsonTreesTest.DATABIND;
import static io.storyweave.internal.json.JsonTreesTest.databind;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random JSON read and written by {@link JsonTrees} and by databind's {@code ObjectMapper}, which
 * the SDK used before: the trees (kind for kind) and the texts must be the same.
 */
class JsonTreesMatchDatabindTest {
    private static final BigInteger LONG_RANGE = BigInteger.ONE.shiftLeft(63);

    @Property(tries = 500)
    void readsRandomDocumentsAsObjectMapperReadsThem(@ForAll("documents") String json) throws Exception {
        JsonValue ours = JsonTrees.read(json);
        JsonNode theirs = DATABIND.readTree(json);

        assertThat(databind(ours)).isEqualTo(theirs);
        assertThat(JsonTrees.write(ours)).isEqualTo(DATABIND.writeValueAsString(theirs));
    }

    @Property(tries = 300)
    void writesRandomTreesAsObjectMapperWritesThemAndReadsThemBack(@ForAll("trees") JsonValue tree) throws Exception {
        String written = JsonTrees.write(tree);

        assertThat(written).isEqualTo(DATABIND.writeValueAsString(databind(tree)));
        assertThat(JsonTrees.read(written)).isEqualTo(tree);
    }

    /** JSON text as a model or a hand might write it: any spacing, escapes, repeated keys, numbers of every size. */
    @Provide
    Arbitrary<String> documents() {
        return spaced(document(3));
    }

    private Arbitrary<String> document(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(string(), integer(), decimal(), Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> child = spaced(document(depth - 1));
        Arbitrary<String> array = child.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        // Few names, some spelled with escapes, so that keys repeat (the last value must win).
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("\"a\"", "\"b\"", "\"\\u0061\"", "\"caf\u00e9\"", "\"\""), string());
        Arbitrary<String> field = Combinators.combine(spaced(name), child).as((key, value) -> key + ":" + value);
        Arbitrary<String> object = field.list().ofMaxSize(5).map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(1, object));
    }

    private Arbitrary<String> spaced(Arbitrary<String> value) {
        Arbitrary<String> space = Arbitraries.of("", "", " ", "\n", "\t ", "\r\n  ");
        return Combinators.combine(space, value, space).as((before, text, after) -> before + text + after);
    }

    /** A string literal: raw characters of any plane, short escapes, and unicode escapes in either case. */
    private Arbitrary<String> string() {
        Arbitrary<String> raw = Arbitraries.chars().filter(c -> c >= 0x20 && c != '"' && c != '\\').map(String::valueOf);
        Arbitrary<String> shortEscape = Arbitraries.of("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t");
        Arbitrary<String> unicodeEscape = Combinators.combine(Arbitraries.chars(), Arbitraries.of("%04x", "%04X"))
                .as((c, format) -> "\\u" + String.format(format, (int) c));
        Arbitrary<String> piece = Arbitraries.oneOf(raw, shortEscape, unicodeEscape, Arbitraries.of("\ud83d\ude80", "\u00e9", "\u4e2d"));
        return piece.list().ofMaxSize(8).map(pieces -> "\"" + String.join("", pieces) + "\"");
    }

    private Arbitrary<String> integer() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(LONG_RANGE.pow(2).negate(), LONG_RANGE.pow(2)).map(String::valueOf),
                Arbitraries.of("0", "-0"));
    }

    /** A number with a fraction, an exponent (far enough to overflow or underflow a double) or both. */
    private Arbitrary<String> decimal() {
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20).map(digits -> "." + digits);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E", "e+", "E-", "e-"),
                Arbitraries.integers().between(0, 400)).as((e, power) -> e + power);
        Arbitrary<String> written = Combinators.combine(integer(), fraction.injectNull(0.3), exponent.injectNull(0.5))
                .as((whole, part, power) -> whole + (part == null && power == null ? ".5" : (part == null ? "" : part) + (power == null ? "" : power)));
        return Arbitraries.oneOf(written, finiteDoubles().map(String::valueOf));
    }

    /** Trees as the SDK builds them, of every kind; numbers of the kind the reader would make of their text. */
    @Provide
    Arbitrary<JsonValue> trees() {
        return tree(3);
    }

    private Arbitrary<JsonValue> tree(int depth) {
        Arbitrary<JsonValue> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(JsonString::new),
                Arbitraries.integers().map(JsonNumber::new),
                Arbitraries.oneOf(Arbitraries.longs().greaterOrEqual(1L << 31), Arbitraries.longs().lessOrEqual(-(1L << 31) - 1))
                        .map(JsonNumber::new),
                Arbitraries.oneOf(Arbitraries.bigIntegers().between(LONG_RANGE, LONG_RANGE.pow(2)),
                        Arbitraries.bigIntegers().between(LONG_RANGE.pow(2).negate(), LONG_RANGE.negate().subtract(BigInteger.ONE)))
                        .map(JsonNumber::new),
                finiteDoubles().map(JsonNumber::new),
                Arbitraries.of(true, false).map(JsonBoolean::new),
                Arbitraries.just(JsonNull.NULL));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonValue> child = tree(depth - 1);
        Arbitrary<JsonValue> array = child.list().ofMaxSize(4).map(items -> {
            JsonArray built = new JsonArray();
            items.forEach(built::add);
            return built;
        });
        Arbitrary<JsonValue> object = Combinators.combine(Arbitraries.strings().ofMaxLength(3), child).as(Tuple::of)
                .list().ofMaxSize(4).map(fields -> {
                    JsonObject built = new JsonObject();
                    fields.forEach(field -> built.set(field.get1(), field.get2()));
                    return built;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(1, object));
    }

    /** Finite doubles of every size, sub-normals and -0.0 included (from their bits), and everyday ones. */
    private static Arbitrary<Double> finiteDoubles() {
        return Arbitraries.oneOf(Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4), Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE));
    }
}
