package io.storyweave.dynamodb;

import io.storyweave.ChildProfile;
import io.storyweave.ConflictException;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryOptions;
import io.storyweave.StoryWeave;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A story written while its profile is deleted, replayed step by step on dynalite: whichever
 * order the two take, the story does not survive the delete and never shows up in the library
 * of a new child who gets the same id.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProfileDeleteRaceTest {
    private final PausePoint pause = new PausePoint();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private DynamoDbClient client;
    private DynamoDbStoryStore store;

    @BeforeEach
    void setUp() {
        DynaliteServer server = DynaliteServer.shared();
        client = DynamoDbClient.builder().endpointOverride(server.endpoint()).region(DynaliteServer.REGION)
                .credentialsProvider(DynaliteServer.CREDENTIALS)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(pause))
                .build();
        store = DynamoDbStoryStore.builder().client(client).tablePrefix(Fixtures.uniquePrefix())
                .createTablesIfMissing(true).build();
        store.createProfile(Fixtures.profile("mia"));
    }

    @AfterEach
    void tearDown() {
        pause.release();
        background.shutdownNow();
        store.close();
        client.close();
    }

    @Test
    void aStoryWrittenAfterTheDeleteSweptTheProfilesStoriesFailsAndIsNotKept() throws Exception {
        pause.arm(request -> request instanceof DeleteItemRequest d && d.tableName().equals(store.profilesTable()));
        Future<Boolean> delete = background.submit(() -> store.deleteProfile("mia"));
        pause.awaitReached();

        assertThatThrownBy(() -> store.putStory(Fixtures.story("late", "mia", Fixtures.T0)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Profile mia")
                .hasMessageContaining("being deleted").hasMessageContaining("late");
        pause.release();
        assertThat(delete.get()).isTrue();

        assertThat(store.getStory("late")).isEmpty();
        assertNewChildWithTheSameIdStartsWithAnEmptyLibrary();
    }

    @Test
    void aWriterThatFoundTheProfileBeforeTheDeleteRemovesTheStoryItWroteAfterIt() throws Exception {
        Future<?> write = writerHeldJustBeforeItsWrite();
        assertThat(store.deleteProfile("mia")).isTrue();
        pause.release();

        assertThatThrownBy(write::get).hasCauseInstanceOf(ConflictException.class);
        assertThat(store.getStory("late")).isEmpty();
        assertNewChildWithTheSameIdStartsWithAnEmptyLibrary();
    }

    @Test
    void aWriterWhoseProfileWasDeletedAndCreatedAgainMeanwhileRemovesItsStory() throws Exception {
        Future<?> write = writerHeldJustBeforeItsWrite();
        assertThat(store.deleteProfile("mia")).isTrue();
        store.createProfile(Fixtures.profile("mia"));
        pause.release();

        assertThatThrownBy(write::get).hasCauseInstanceOf(ConflictException.class);
        assertThat(store.getStory("late")).isEmpty();
        assertThat(store.listStories("mia", 10, null).items()).isEmpty();
    }

    @Test
    void aStoryAnEarlierProfileLeftBehindIsNeverListedForANewProfileWithTheSameId() {
        // Real DynamoDB's index lags writes, so a delete's sweep can miss a story written just before it.
        store.putStory(Fixtures.story("old", "mia", Fixtures.T0));
        Map<String, AttributeValue> missedBySweep = client.getItem(r -> r.tableName(store.storiesTable())
                .key(Map.of("id", AttributeValue.fromS("old"))).consistentRead(true)).item();
        assertThat(store.deleteProfile("mia")).isTrue();
        client.putItem(r -> r.tableName(store.storiesTable()).item(missedBySweep));

        store.createProfile(Fixtures.profile("mia"));
        store.putStory(Fixtures.story("new", "mia", Fixtures.T0.plusSeconds(1)));
        Fixtures.awaitListed(store, "mia", List.of("new"));

        assertThat(store.listStories("mia", 10, null).items()).extracting(Story::id).containsExactly("new");
        assertThat(store.listStories("mia", 1, null).items()).extracting(Story::id).containsExactly("new");
        assertThat(store.listStories("mia", 1, null).hasMore()).isFalse();
    }

    @Test
    void aProfileDeletedWhileTheModelWritesItsStoryGetsNoStoryAndTheCallerKeepsThePaidOne() {
        ScriptedModelProvider model = new ScriptedModelProvider();
        try (StoryWeave sw = StoryWeave.builder().provider(model).store(store).retry(Fixtures.fastRetries()).build()) {
            model.thenRun(() -> sw.profiles().delete("mia"));

            StorageException failure = catchThrowableOfType(StorageException.class,
                    () -> sw.createStory("mia", StoryOptions.of("the moon", 2)));

            assertThat(failure.unsavedStory()).isPresent();
            assertThat(failure).hasCauseInstanceOf(ConflictException.class);
            assertThat(failure.getMessage()).contains("Profile mia").contains("unsavedStory()");
            assertThat(sw.stories().get(failure.unsavedStory().get().id())).isEmpty();
            sw.profiles().create(ChildProfile.builder().id("mia").displayName("Leo").age(5).build());
            assertThat(sw.stories().listByProfile("mia", 10, null).items()).isEmpty();
        }
    }

    /** A writer of story "late" for mia that has found her profile live and is held before it writes. */
    private Future<?> writerHeldJustBeforeItsWrite() throws InterruptedException {
        pause.arm(request -> request instanceof PutItemRequest p && p.tableName().equals(store.storiesTable()));
        Future<?> write = background.submit(() -> {
            store.putStory(Fixtures.story("late", "mia", Fixtures.T0));
            return null;
        });
        pause.awaitReached();
        return write;
    }

    private void assertNewChildWithTheSameIdStartsWithAnEmptyLibrary() {
        store.createProfile(Fixtures.profile("mia"));
        assertThat(store.listStories("mia", 10, null).items()).isEmpty();
    }
}
