package io.storyweave.dynamodb;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.storyweave.ChildProfile;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryOptions;
import io.storyweave.StoryWeave;
import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the API promises to read a write at once, the read is strongly consistent on the wire,
 * so it holds on real DynamoDB too, not only on dynalite (which is always consistent).
 */
class ReadYourWritesTest {
    private DynamoDbProxy dynamoDb;
    private DynamoDbStoryStore store;

    @BeforeEach
    void start() {
        dynamoDb = DynamoDbProxy.to(DynaliteServer.shared());
        store = DynamoDbStoryStore.builder().endpointOverride(dynamoDb.endpoint())
                .region(DynaliteServer.REGION.id()).credentialsProvider(DynaliteServer.CREDENTIALS)
                .tablePrefix(Fixtures.uniquePrefix()).createTablesIfMissing(true).build();
    }

    @AfterEach
    void stop() {
        store.close();
        dynamoDb.close();
    }

    @Test
    void aStoryAndItsProfileAreReadBackByIdWithStronglyConsistentReadsRightAfterTheyWereWritten() {
        try (StoryWeave sw = StoryWeave.builder().provider(new ScriptedModelProvider()).store(store).build()) {
            ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                    .neurotypes(Neurotype.ADHD).build());
            Story story = sw.createStory(mia.id(), StoryOptions.of("the moon", 2));

            assertThat(sw.stories().get(story.id())).contains(story);
            assertThat(sw.profiles().get(mia.id())).contains(mia);
        }

        List<LoggedRequest> reads = dynamoDb.wire().findAll(DynamoDbProxy.calls("DynamoDB_20120810.GetItem"));
        assertThat(reads).isNotEmpty()
                .allSatisfy(read -> assertThat(read.getBodyAsString()).contains("\"ConsistentRead\":true"));
    }
}
