package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.spi.StoryCodec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Stores a story as {@link StoryCodec} JSON in one attribute: plain text when small (readable in
 * the console), gzip-compressed binary when large, so a 20-page story stays far below DynamoDB's
 * 400 KB item limit.
 */
public final class StoryPayload {
    /** Attribute holding the JSON as text. */
    public static final String JSON = "story";
    /** Attribute holding the gzip-compressed JSON. */
    public static final String GZIP = "storyGz";
    /** Stories whose JSON is larger than this are compressed. */
    public static final int COMPRESS_ABOVE_BYTES = 16 * 1024;
    /**
     * The largest payload written. DynamoDB allows 400 KB per item, names and keys included;
     * 350 KB leaves room for the other attributes and makes the limit fail here, clearly,
     * rather than as a ValidationException from the service.
     */
    public static final int MAX_BYTES = 350 * 1024;

    private StoryPayload() {
    }

    /**
     * @param story the story
     * @return the one attribute that holds it
     * @throws StorageException when even compressed it exceeds {@link #MAX_BYTES}
     */
    public static Map<String, AttributeValue> encode(Story story) {
        byte[] json = StoryCodec.toJson(story).getBytes(StandardCharsets.UTF_8);
        if (json.length <= COMPRESS_ABOVE_BYTES) {
            return Map.of(JSON, AttributeValue.fromS(new String(json, StandardCharsets.UTF_8)));
        }
        byte[] compressed = gzip(json);
        if (compressed.length > MAX_BYTES) {
            throw new StorageException("Story " + story.id() + " is too large for one DynamoDB item: its JSON is "
                    + kb(json.length) + " and still " + kb(compressed.length) + " compressed, over the "
                    + kb(MAX_BYTES) + " StoryWeave keeps under DynamoDB's 400 KB item limit. Write fewer or shorter"
                    + " pages.", null);
        }
        return Map.of(GZIP, AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(compressed)));
    }

    /**
     * @param item  a stored item
     * @param where the table, for messages
     * @return the story, or {@code null} when the item holds none
     */
    public static Story decode(Map<String, AttributeValue> item, String where) {
        AttributeValue text = item.get(JSON);
        if (text != null && text.s() != null) {
            return StoryCodec.storyFromJson(text.s());
        }
        AttributeValue packed = item.get(GZIP);
        if (packed != null && packed.b() != null) {
            try {
                return StoryCodec.storyFromJson(gunzip(packed.b().asByteArrayUnsafe()));
            } catch (UncheckedIOException e) {
                throw new StorageException("A story in table " + where + " is corrupt (its compressed payload cannot be"
                        + " read): " + e.getCause().getMessage(), e);
            }
        }
        return null;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] data) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kb(int bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }
}
