package io.storyweave.dynamodb;

import io.storyweave.ConflictException;
import io.storyweave.Story;
import io.storyweave.dynamodb.testing.DynaliteServer;
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

import static io.storyweave.testing.StoreFixtures.T0;
import static io.storyweave.testing.StoreFixtures.awaitListed;
import static io.storyweave.testing.StoreFixtures.profile;
import static io.storyweave.testing.StoreFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A story written while its profile is deleted, replayed step by step on dynalite: whichever
 * order the two take, the story does not survive the delete and never shows up in the library
 * of a new child who gets the same id. These are the interleavings of this store's two-read
 * write and marked delete; the same race run freely, and through the SDK, is in the store
 * contract and the SDK's tests.
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
        store.profiles().createProfile(profile("mia"));
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
        Future<Boolean> delete = background.submit(() -> store.profiles().deleteProfile("mia"));
        pause.awaitReached();

        assertThatThrownBy(() -> store.stories().putStory(story("late", "mia", T0)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Profile mia")
                .hasMessageContaining("being deleted").hasMessageContaining("late");
        pause.release();
        assertThat(delete.get()).isTrue();

        assertThat(store.stories().getStory("late")).isEmpty();
        assertNewChildWithTheSameIdStartsWithAnEmptyLibrary();
    }

    @Test
    void aWriterThatFoundTheProfileBeforeTheDeleteRemovesTheStoryItWroteAfterIt() throws Exception {
        Future<?> write = writerHeldJustBeforeItsWrite();
        assertThat(store.profiles().deleteProfile("mia")).isTrue();
        pause.release();

        assertThatThrownBy(write::get).hasCauseInstanceOf(ConflictException.class);
        assertThat(store.stories().getStory("late")).isEmpty();
        assertNewChildWithTheSameIdStartsWithAnEmptyLibrary();
    }

    @Test
    void aWriterWhoseProfileWasDeletedAndCreatedAgainMeanwhileRemovesItsStory() throws Exception {
        Future<?> write = writerHeldJustBeforeItsWrite();
        assertThat(store.profiles().deleteProfile("mia")).isTrue();
        store.profiles().createProfile(profile("mia"));
        pause.release();

        assertThatThrownBy(write::get).hasCauseInstanceOf(ConflictException.class);
        assertThat(store.stories().getStory("late")).isEmpty();
        assertThat(store.stories().listStories("mia", 10, null).items()).isEmpty();
    }

    @Test
    void aStoryAnEarlierProfileLeftBehindIsNeverListedForANewProfileWithTheSameId() {
        // Real DynamoDB's index lags writes, so a delete's sweep can miss a story written just before it.
        store.stories().putStory(story("old", "mia", T0));
        Map<String, AttributeValue> missedBySweep = client.getItem(r -> r.tableName(store.storiesTable())
                .key(Map.of("id", AttributeValue.fromS("old"))).consistentRead(true)).item();
        assertThat(store.profiles().deleteProfile("mia")).isTrue();
        client.putItem(r -> r.tableName(store.storiesTable()).item(missedBySweep));

        store.profiles().createProfile(profile("mia"));
        store.stories().putStory(story("new", "mia", T0.plusSeconds(1)));
        awaitListed(store, "mia", List.of("new"));

        assertThat(store.stories().listStories("mia", 10, null).items()).extracting(Story::id).containsExactly("new");
        assertThat(store.stories().listStories("mia", 1, null).items()).extracting(Story::id).containsExactly("new");
        assertThat(store.stories().listStories("mia", 1, null).hasMore()).isFalse();
    }

    /** A writer of story "late" for mia that has found her profile live and is held before it writes. */
    private Future<?> writerHeldJustBeforeItsWrite() throws InterruptedException {
        pause.arm(request -> request instanceof PutItemRequest p && p.tableName().equals(store.storiesTable()));
        Future<?> write = background.submit(() -> {
            store.stories().putStory(story("late", "mia", T0));
            return null;
        });
        pause.awaitReached();
        return write;
    }

    private void assertNewChildWithTheSameIdStartsWithAnEmptyLibrary() {
        store.profiles().createProfile(profile("mia"));
        assertThat(store.stories().listStories("mia", 10, null).items()).isEmpty();
    }
}
