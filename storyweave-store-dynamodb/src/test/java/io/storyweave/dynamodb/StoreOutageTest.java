package io.storyweave.dynamodb;

import io.storyweave.CacheOptions;
import io.storyweave.ChildProfile;
import io.storyweave.Neurotype;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryOptions;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.StoryWeave;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.storyweave.testing.StoreFixtures.awaitListed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** DynamoDB going away mid-run: clear errors, no paid story lost, recovery when it returns. */
class StoreOutageTest {
    @TempDir
    Path data;
    private DynaliteServer server;
    private DynamoDbStoryStore store;
    private StoryWeave client;
    private final ScriptedModelProvider model = new ScriptedModelProvider();

    private String prefix;

    @BeforeEach
    void setUp() {
        // On disk, so tables and items survive the restart like a real DynamoDB that was unreachable.
        server = DynaliteServer.start(data);
        prefix = Fixtures.uniquePrefix();
        store = Fixtures.storeOn(server).tablePrefix(prefix).createTablesIfMissing(true).build();
        client = StoryWeave.builder().provider(model).store(store).retry(Fixtures.fastRetries()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
        server.stop();
    }

    @Test
    void whileDynamoDbIsDownAPaidStoryIsHandedBackAndServedLocallyAndAllWorksAgainAfterItReturns() {
        ChildProfile mia = client.profiles().create(ChildProfile.builder().id("mia").displayName("Mia").age(7)
                .neurotypes(Neurotype.ADHD).build());
        StoryRequest request = StoryRequest.of(Neurotype.ANXIETY, 5, "the dentist", List.of("teeth"), 3);

        server.stop();

        StorageException failure = catchThrowableOfType(StorageException.class, () -> client.createStory(request));
        assertThat(model.calls()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("DynamoDB").contains(server.endpoint().toString())
                .contains("reachable").contains("unsavedStory()");
        Story unsaved = failure.unsavedStory().orElseThrow();
        assertThat(unsaved.pages()).hasSize(3);

        Story again = client.createStory(request);
        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(again.pages()).isEqualTo(unsaved.pages());
        assertThat(model.calls()).isEqualTo(1);

        StorageException readFailure = catchThrowableOfType(StorageException.class, () -> client.profiles().get("mia"));
        assertThat(readFailure.getMessage()).contains("read profile mia").contains("reachable");
        StorageException profileStory = catchThrowableOfType(StorageException.class,
                () -> client.createStory("mia", StoryOptions.of("parks", 2)));
        assertThat(profileStory).isNotInstanceOf(SdkException.class);
        assertThat(model.calls()).as("no model call for a profile that cannot be read").isEqualTo(1);

        server.restart();

        assertThat(client.profiles().get("mia")).contains(mia);
        store.stories().putStory(unsaved);
        assertThat(client.stories().get(unsaved.id())).contains(unsaved);
        Story afterwards = client.createStory("mia", StoryOptions.of("parks", 2));
        assertThat(afterwards.source()).isEqualTo(StorySource.MODEL);
        awaitListed(store, "mia", List.of(afterwards.id()));
        assertThat(client.stories().listByProfile("mia", 10, null).items()).extracting(Story::id)
                .containsExactly(afterwards.id());
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aLeaseTakenBeforeDynamoDbWentAwayDoesNotBlockTheSameRequestFromAnotherInstanceOnceItIsBack() {
        // Leases and waits far longer than the test may run: only a real release lets the second instance through.
        CacheOptions cache = CacheOptions.builder().leaseDuration(Duration.ofMinutes(10))
                .leasePollInterval(Duration.ofMillis(50)).maxWait(Duration.ofMinutes(10)).build();
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "lighthouses", List.of("boats"), 2);
        try (StoryWeave first = StoryWeave.builder().provider(model).store(store).cache(cache)
                .retry(Fixtures.fastRetries()).build()) {
            model.thenRun(server::stop);

            StorageException failure = catchThrowableOfType(StorageException.class, () -> first.createStory(request));
            assertThat(failure.unsavedStory()).isPresent();
            server.restart();

            try (DynamoDbStoryStore otherStore = Fixtures.storeOn(server).tablePrefix(prefix).build();
                 StoryWeave second = StoryWeave.builder().provider(model).store(otherStore).cache(cache)
                         .retry(Fixtures.fastRetries()).build()) {
                Story story = second.createStory(request);

                assertThat(story.source()).isEqualTo(StorySource.MODEL);
                assertThat(model.calls()).isEqualTo(2);
            }
        }
    }
}
