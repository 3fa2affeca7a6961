package io.storyweave.dynamodb;

import io.storyweave.Page;
import io.storyweave.RetryOptions;
import io.storyweave.dynamodb.testing.DynaliteServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Stores on dynalite with tables of their own. Profiles, stories, the manual clock and the wait
 * for a listing come from {@link io.storyweave.testing.StoreFixtures} and
 * {@link io.storyweave.testing.ManualClock}.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** Each test gets its own tables on the shared server, so tests never see each other's items. */
    static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static DynamoDbStoryStore.Builder storeOn(DynaliteServer server) {
        return DynamoDbStoryStore.builder()
                .endpointOverride(server.endpoint())
                .region(DynaliteServer.REGION.id())
                .credentialsProvider(DynaliteServer.CREDENTIALS)
                .timeout(Duration.ofSeconds(2));
    }

    static DynamoDbStoryStore newStore(DynaliteServer server) {
        return storeOn(server).tablePrefix(uniquePrefix()).createTablesIfMissing(true).build();
    }

    static RetryOptions fastRetries() {
        return RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();
    }

    /**
     * Pages of ordinary-looking prose from a fixed vocabulary: compressible like real text, not
     * like a repeated string, so the size check is honest.
     */
    static List<Page> longPages(int pages, int charsPerPage, long seed) {
        String[] words = ("the a little brave fox rabbit owl walked through forest river quiet morning light soft"
                + " green hill friend found stone bridge water sang slowly carefully together home warm bread"
                + " window garden moon star counted breathed smiled listened wondered gentle bright red blue")
                .split(" ");
        Random random = new Random(seed);
        List<Page> result = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < charsPerPage) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            result.add(new Page(text.toString()));
        }
        return result;
    }
}
