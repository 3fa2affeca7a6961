package io.storyweave.internal.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Watches the output JSON arrive in fragments and reports each page as soon as its text is
 * complete. Uses Jackson's non-blocking parser so fragments may split anywhere. If the output
 * turns out not to be plain JSON it stops reporting; the final parse decides what is accepted.
 */
final class StreamingPageParser implements Consumer<String> {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Consumer<String> onPageText;
    private final JsonParser parser;
    private int depth;
    private boolean inPages;
    private String field;
    private String pageText;
    private boolean broken;

    StreamingPageParser(Consumer<String> onPageText) {
        this.onPageText = onPageText;
        try {
            this.parser = FACTORY.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void accept(String fragment) {
        if (broken || fragment.isEmpty()) {
            return;
        }
        byte[] bytes = fragment.getBytes(StandardCharsets.UTF_8);
        try {
            ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
                handle(token);
            }
        } catch (IOException | RuntimeException e) {
            broken = true;
        }
    }

    private void handle(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                depth++;
                if (token == JsonToken.START_ARRAY && depth == 2 && "pages".equals(field)) {
                    inPages = true;
                }
                if (token == JsonToken.START_OBJECT && inPages && depth == 3) {
                    pageText = null;
                }
            }
            case END_OBJECT, END_ARRAY -> {
                if (token == JsonToken.END_OBJECT && inPages && depth == 3 && pageText != null) {
                    onPageText.accept(pageText);
                }
                if (token == JsonToken.END_ARRAY && depth == 2) {
                    inPages = false;
                }
                depth--;
            }
            case FIELD_NAME -> field = parser.currentName();
            case VALUE_STRING -> {
                if (inPages && depth == 2) {
                    onPageText.accept(parser.getText());
                } else if (inPages && depth == 3 && "text".equals(field)) {
                    pageText = parser.getText();
                }
            }
            default -> {
            }
        }
    }
}
