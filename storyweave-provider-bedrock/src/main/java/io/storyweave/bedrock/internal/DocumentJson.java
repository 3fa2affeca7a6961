package io.storyweave.bedrock.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import software.amazon.awssdk.core.document.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON text and the AWS SDK's {@link Document}. The SDK's own
 * {@code Document.toString()} is not JSON (strings are not escaped), so the tool input is written
 * with Jackson's generator, which escapes strings and keeps numbers exactly as the SDK read them.
 */
public final class DocumentJson {
    // jackson-core alone: an ObjectMapper would load several hundred classes before the first call.
    private static final JsonFactory FACTORY = new JsonFactory();

    private DocumentJson() {
    }

    /**
     * @param json a JSON value as text
     * @return it as a document
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Document parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return toDocument(parser, parser.nextToken());
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Document toDocument(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Document> map = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    map.put(name, toDocument(parser, parser.nextToken()));
                }
                return Document.fromMap(map);
            }
            case START_ARRAY -> {
                List<Document> list = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    list.add(toDocument(parser, item));
                }
                return Document.fromList(list);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return Document.fromBoolean(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                // the number's text as written, so nothing is rounded on the way to the wire
                return Document.fromNumber(parser.getText());
            }
            case VALUE_STRING -> {
                return Document.fromString(parser.getText());
            }
            case VALUE_NULL -> {
                return Document.fromNull();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /**
     * @param document a document (e.g. a tool's input)
     * @return it as compact JSON text
     */
    public static String write(Document document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(document, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Document document, JsonGenerator out) throws IOException {
        if (document == null || document.isNull()) {
            out.writeNull();
        } else if (document.isMap()) {
            out.writeStartObject();
            for (Map.Entry<String, Document> entry : document.asMap().entrySet()) {
                out.writeFieldName(entry.getKey());
                write(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (document.isList()) {
            out.writeStartArray();
            for (Document item : document.asList()) {
                write(item, out);
            }
            out.writeEndArray();
        } else if (document.isBoolean()) {
            out.writeBoolean(document.asBoolean());
        } else if (document.isNumber()) {
            out.writeNumber(document.asNumber().stringValue());
        } else {
            out.writeString(document.asString());
        }
    }
}
