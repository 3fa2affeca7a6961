package io.storyweave.dynamodb;

import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.spi.StoryStore;
import io.storyweave.testing.StoryStoreContract;

import java.time.Clock;

/**
 * The DynamoDB store passes the contract every store must pass, on dynalite: each test on tables
 * of its own, and a second client on the same tables standing in for another process.
 */
class DynamoDbStoreContractTest extends StoryStoreContract {
    private String prefix;

    @Override
    protected StoryStore newStore(Clock clock) {
        prefix = Fixtures.uniquePrefix();
        return Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).createTablesIfMissing(true).clock(clock)
                .build();
    }

    @Override
    protected StoryStore sameDataElsewhere(StoryStore store, Clock clock) {
        return Fixtures.storeOn(DynaliteServer.shared()).tablePrefix(prefix).clock(clock).build();
    }
}
