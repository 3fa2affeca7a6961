package io.storyweave.bedrock.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private DocumentJson() {
    }

    /**
     * @param json a JSON value as text
     * @return it as a document
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Document parse(String json) {
        try {
            return toDocument(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Document toDocument(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Document.fromNull();
        }
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), toDocument(e.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            List<Document> list = new ArrayList<>();
            node.forEach(item -> list.add(toDocument(item)));
            return Document.fromList(list);
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        if (node.isNumber()) {
            return Document.fromNumber(node.asText());
        }
        return Document.fromString(node.asText());
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
