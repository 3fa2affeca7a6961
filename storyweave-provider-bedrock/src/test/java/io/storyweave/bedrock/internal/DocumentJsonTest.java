package io.storyweave.bedrock.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentJsonTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void escapesEveryCharacterAsJacksonsGeneratorDoes() throws IOException {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            every.append((char) c);
        }
        Document document = Document.fromMap(Map.of("text", Document.fromString(every.toString())));
        assertThat(DocumentJson.write(document)).isEqualTo(jackson(document));
    }

    @Test
    void writesNestedDocumentsAsJacksonsGeneratorDoes() throws IOException {
        Random random = new Random(15);
        for (int i = 0; i < 500; i++) {
            Document document = randomDocument(random, 4);
            assertThat(DocumentJson.write(document)).as("document %d", i).isEqualTo(jackson(document));
        }
    }

    @Test
    void keepsNumbersExactlyAsTheSdkReadThem() {
        Document document = Document.fromList(List.of(Document.fromNumber("12345678901234567890.000000000001"),
                Document.fromNumber(SdkNumber.fromLong(-7)), Document.fromNumber("1e-300")));
        assertThat(DocumentJson.write(document)).isEqualTo("[12345678901234567890.000000000001,-7,1e-300]");
    }

    @Test
    void writesAStoryThatReadsBackUnchanged() {
        String story = "{\"title\":\"The \\\"Moon\\\" \\\\ Rocket\",\"pages\":[{\"text\":\"Line one.\\nLine two\\tand a tab.\"},"
                + "{\"text\":\"Emoji \uD83D\uDE80 and \u00e9\"}],\"empty\":{},\"none\":[],\"flag\":true,\"nothing\":null}";
        assertThat(DocumentJson.write(DocumentJson.parse(story))).isEqualTo(story);
    }

    private static String jackson(Document document) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JACKSON.createGenerator(out)) {
            jackson(document, generator);
        }
        return out.toString();
    }

    private static void jackson(Document document, JsonGenerator out) throws IOException {
        if (document.isNull()) {
            out.writeNull();
        } else if (document.isMap()) {
            out.writeStartObject();
            for (Map.Entry<String, Document> entry : document.asMap().entrySet()) {
                out.writeFieldName(entry.getKey());
                jackson(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (document.isList()) {
            out.writeStartArray();
            for (Document item : document.asList()) {
                jackson(item, out);
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

    private static Document randomDocument(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0 -> Document.fromNull();
            case 1 -> Document.fromBoolean(random.nextBoolean());
            case 2 -> Document.fromNumber(SdkNumber.fromLong(random.nextLong()));
            case 3 -> Document.fromNumber(SdkNumber.fromDouble(random.nextDouble() * 1e6));
            case 4 -> Document.fromString(randomText(random));
            case 5 -> {
                Map<String, Document> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(randomText(random), randomDocument(random, depth - 1));
                }
                yield Document.fromMap(map);
            }
            default -> {
                List<Document> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(randomDocument(random, depth - 1));
                }
                yield Document.fromList(list);
            }
        };
    }

    /** Mostly printable text with quotes, backslashes, control characters and characters beyond ASCII mixed in. */
    private static String randomText(Random random) {
        String special = "\"\\\n\r\t\b\f\u0000\u0001\u001f\u007f/\u00e9\u2028\uD83D\uDE80";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(random.nextInt(4) == 0 ? special.charAt(random.nextInt(special.length()))
                    : (char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }
}
