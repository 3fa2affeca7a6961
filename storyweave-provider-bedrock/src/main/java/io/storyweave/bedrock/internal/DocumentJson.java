package io.storyweave.bedrock.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import software.amazon.awssdk.core.document.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON text and the AWS SDK's {@link Document}. The SDK's own
 * {@code Document.toString()} is not JSON (strings are not escaped), so the tool input is written
 * here, escaped as Jackson's generator escapes it and with numbers exactly as the SDK read them.
 */
public final class DocumentJson {
    // jackson-core alone: an ObjectMapper would load several hundred classes before the first call.
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
     * @return it as compact JSON text, escaped as Jackson's generator escapes it
     */
    public static String write(Document document) {
        // Written straight into a buffer of about the final size: the tool input is a whole story, read once per call.
        Text out = new Text(length(document));
        write(document, out);
        return out.toString();
    }

    /** @return a close estimate of the document's JSON length (strings as if nothing needed escaping) */
    private static int length(Document document) {
        if (document == null || document.isNull() || document.isBoolean()) {
            return 5;
        }
        if (document.isMap()) {
            int n = 2;
            for (Map.Entry<String, Document> entry : document.asMap().entrySet()) {
                n += entry.getKey().length() + 4 + length(entry.getValue());
            }
            return n;
        }
        if (document.isList()) {
            int n = 2;
            for (Document item : document.asList()) {
                n += length(item) + 1;
            }
            return n;
        }
        if (document.isNumber()) {
            return document.asNumber().stringValue().length();
        }
        // A few escapes (a line break, a quote) fit in the margin; more grow the buffer.
        return document.asString().length() + 16;
    }

    private static void write(Document document, Text out) {
        if (document == null || document.isNull()) {
            out.append("null");
        } else if (document.isMap()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Document> entry : document.asMap().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.string(entry.getKey());
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (document.isList()) {
            out.append('[');
            boolean first = true;
            for (Document item : document.asList()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (document.isBoolean()) {
            out.append(document.asBoolean() ? "true" : "false");
        } else if (document.isNumber()) {
            out.append(document.asNumber().stringValue());
        } else {
            out.string(document.asString());
        }
    }

    /**
     * JSON text in a char array: a string's characters are copied out in one bulk copy, scanned in an array and
     * copied in as runs between escapes, as Jackson's generator does, rather than a character at a time; the
     * result is one compacting copy into a String.
     */
    private static final class Text {
        private char[] chars;
        private int length;
        /** A string's characters, scanned for what needs escaping and copied out in runs. */
        private char[] scratch = new char[512];

        Text(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        void append(char c) {
            room(1);
            chars[length++] = c;
        }

        void append(String text) {
            int n = text.length();
            room(n);
            text.getChars(0, n, chars, length);
            length += n;
        }

        /**
         * A JSON string as Jackson's generator writes it by default: quote, backslash and control characters
         * escaped (b, t, n, f and r short, the others as six-character unicode escapes), everything else as is.
         */
        void string(String text) {
            int n = text.length();
            if (scratch.length < n) {
                scratch = new char[Math.max(n, 2 * scratch.length)];
            }
            text.getChars(0, n, scratch, 0);
            char[] from = scratch;
            append('"');
            int run = 0;
            for (int i = 0; i < n; i++) {
                char c = from[i];
                if (c >= 0x20 && c != '"' && c != '\\') {
                    continue;
                }
                copy(from, run, i);
                room(6);
                chars[length++] = '\\';
                switch (c) {
                    case '"', '\\' -> chars[length++] = c;
                    case '\b' -> chars[length++] = 'b';
                    case '\t' -> chars[length++] = 't';
                    case '\n' -> chars[length++] = 'n';
                    case '\f' -> chars[length++] = 'f';
                    case '\r' -> chars[length++] = 'r';
                    default -> {
                        chars[length++] = 'u';
                        chars[length++] = '0';
                        chars[length++] = '0';
                        chars[length++] = HEX[c >> 4];
                        chars[length++] = HEX[c & 0xF];
                    }
                }
                run = i + 1;
            }
            copy(from, run, n);
            append('"');
        }

        private void copy(char[] from, int start, int end) {
            int n = end - start;
            room(n);
            System.arraycopy(from, start, chars, length, n);
            length += n;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
