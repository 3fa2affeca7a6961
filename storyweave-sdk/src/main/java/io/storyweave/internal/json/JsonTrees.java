package io.storyweave.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;

/**
 * Reads and writes {@link JsonValue} trees with jackson-core's streaming parser and generator alone.
 * An {@code ObjectMapper} loads several hundred classes the first time it is built and used (a
 * third of a second in a fresh JVM on a small machine), and the rules, the prompt and the model's
 * answer are all needed before the first story can be given; trees need none of that machinery,
 * and with a tree of our own the runtime needs no jackson-databind (about 1.9 MiB) at all.
 * Reads like {@code ObjectMapper.readTree}: the first value in the text, duplicate keys last-wins,
 * integers as int/long/big-integer numbers and decimals as doubles. Writes like
 * {@code ObjectMapper.writeValueAsString}: compact, escaped by the same generator.
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTrees() {
    }

    /**
     * @param json JSON text
     * @return its first value, or {@code null} when the text holds none (empty or blank)
     * @throws JsonProcessingException when the text is not JSON
     */
    public static JsonValue read(String json) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    /**
     * @param json JSON bytes (UTF-8, -16 or -32, detected); the stream is not closed
     * @return its first value, or {@code null} when it holds none
     * @throws IOException when it cannot be read or is not JSON
     */
    public static JsonValue read(InputStream json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        }
    }

    private static JsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : value(parser, token);
    }

    private static JsonValue value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        switch (token) {
            case START_OBJECT -> {
                JsonObject object = new JsonObject();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                JsonArray array = new JsonArray();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                return array;
            }
            case VALUE_STRING -> {
                return new JsonString(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> new JsonNumber(parser.getIntValue());
                    case LONG -> new JsonNumber(parser.getLongValue());
                    default -> new JsonNumber(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return new JsonNumber(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return new JsonBoolean(true);
            }
            case VALUE_FALSE -> {
                return new JsonBoolean(false);
            }
            case VALUE_NULL -> {
                return JsonNull.NULL;
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /**
     * @param value a tree
     * @return it as compact JSON text, as {@code ObjectMapper.writeValueAsString} writes it
     */
    public static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return out.toString();
    }

    private static void write(JsonValue value, JsonGenerator out) throws IOException {
        if (value instanceof JsonObject object) {
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
                out.writeFieldName(field.getKey());
                write(field.getValue(), out);
            }
            out.writeEndObject();
        } else if (value instanceof JsonArray array) {
            out.writeStartArray();
            for (JsonValue item : array) {
                write(item, out);
            }
            out.writeEndArray();
        } else if (value instanceof JsonString text) {
            out.writeString(text.value());
        } else if (value instanceof JsonNumber number) {
            writeNumber(number.value(), out);
        } else if (value instanceof JsonBoolean bool) {
            out.writeBoolean(bool.value());
        } else {
            out.writeNull();
        }
    }

    /** Each kind through its own generator method, so it is written as databind writes that kind. */
    private static void writeNumber(Number number, JsonGenerator out) throws IOException {
        if (number instanceof Integer i) {
            out.writeNumber(i);
        } else if (number instanceof Long l) {
            out.writeNumber(l);
        } else if (number instanceof BigInteger big) {
            out.writeNumber(big);
        } else {
            out.writeNumber(number.doubleValue());
        }
    }
}
