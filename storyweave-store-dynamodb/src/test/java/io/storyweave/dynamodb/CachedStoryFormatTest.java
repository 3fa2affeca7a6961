package io.storyweave.dynamodb;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import io.storyweave.dynamodb.internal.StoryPayload;
import io.storyweave.dynamodb.testing.DynaliteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cache items exactly as earlier versions wrote them, put with a raw {@code PutItem}, are served by
 * the store's shared cache; a corrupt one fails clearly.
 */
class CachedStoryFormatTest {
    /** A story as version 1 wrote it: before quality layers, prompt-cache tokens and pronouns existed. */
    private static final String VERSION_1_JSON = "{\"id\":\"old-1\",\"title\":\"Zoë und der 🚀 \\\"Mond\\\"\","
            + "\"pages\":[{\"text\":\"[HERO] sieht den Mond. Siehst du ihn auch?\"},{\"text\":\"月の兎?\\nJa!\"}],"
            + "\"request\":{\"neurotypes\":[\"AUTISM\"],\"age\":6,\"theme\":\"moon\",\"interests\":[],\"pages\":2,"
            + "\"profileId\":null,\"heroName\":null,\"literalLanguage\":true,\"topicsToAvoid\":[],"
            + "\"anxietyStyle\":null,\"fresh\":false},\"modelId\":\"anthropic.claude-3-5-haiku-20241022-v1:0\","
            + "\"tier\":\"CHEAP\",\"usage\":{\"inputTokens\":700,\"outputTokens\":120},\"estimatedCostUsd\":0.00104,"
            + "\"createdAt\":\"2026-06-01T12:00:00Z\",\"source\":\"MODEL\",\"quality\":{\"readabilityGrade\":1.5,"
            + "\"targetGrade\":2.5,\"averageSentenceWords\":4.0,\"longestSentenceWords\":6,\"maxSentenceWords\":12,"
            + "\"checks\":[{\"name\":\"title\",\"passed\":true,\"detail\":\"the story has a title\"}],\"drafts\":1}}";

    private DynamoDbStoryStore store;
    private DynamoDbClient raw;

    @BeforeEach
    void setUp() {
        store = Fixtures.newStore(DynaliteServer.shared());
        raw = DynaliteServer.shared().newClient();
    }

    @AfterEach
    void tearDown() {
        raw.close();
        store.close();
    }

    @Test
    void aCachedStoryAnEarlierVersionWroteIsServedWithDefaultsForWhatItLacked() {
        put("k-text", StoryPayload.JSON, AttributeValue.fromS(VERSION_1_JSON));

        Story story = store.sharedCache().getCachedStory("k-text").orElseThrow();

        assertThat(story.id()).isEqualTo("old-1");
        assertThat(story.title()).isEqualTo("Zoë und der 🚀 \"Mond\"");
        assertThat(story.pages()).extracting(Page::text).containsExactly("[HERO] sieht den Mond. Siehst du ihn auch?",
                "月の兎?\nJa!");
        assertThat(story.request().neurotypes()).containsExactly(Neurotype.AUTISM);
        assertThat(story.request().heroPronouns()).isNull();
        assertThat(story.tier()).isEqualTo(ModelTier.CHEAP);
        assertThat(story.usage()).isEqualTo(TokenUsage.of(700, 120));
        assertThat(story.estimatedCostUsd()).isEqualTo(new BigDecimal("0.00104"));
        assertThat(story.createdAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
        assertThat(story.source()).isEqualTo(StorySource.MODEL);
        assertThat(story.quality().checks()).containsExactly(new QualityCheck("title", true, "the story has a title"));
    }

    @Test
    void aCompressedCachedStoryReadsTheSameAsItsText() throws IOException {
        put("k-text", StoryPayload.JSON, AttributeValue.fromS(VERSION_1_JSON));
        put("k-gzip", StoryPayload.GZIP, AttributeValue.fromB(SdkBytes.fromByteArray(gzip(VERSION_1_JSON))));

        assertThat(store.sharedCache().getCachedStory("k-gzip")).isEqualTo(store.sharedCache().getCachedStory("k-text"))
                .isPresent();
    }

    @Test
    void aCorruptCachedStoryIsAStorageExceptionSayingWhereAndWhy() {
        put("k-bad", StoryPayload.JSON, AttributeValue.fromS(VERSION_1_JSON.replace("\"age\":6", "\"age\":\"six\"")));

        assertThatThrownBy(() -> store.sharedCache().getCachedStory("k-bad"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be read back")
                .hasMessageContaining("at /request/age: expected a whole number, found a string");
    }

    private void put(String key, String attribute, AttributeValue story) {
        long inAnHour = Instant.now().getEpochSecond() + 3600;
        raw.putItem(r -> r.tableName(store.cacheTable()).item(Map.of("pk", AttributeValue.fromS(key), attribute, story,
                "expiresAt", AttributeValue.fromN(Long.toString(inAnHour)))));
    }

    private static byte[] gzip(String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
