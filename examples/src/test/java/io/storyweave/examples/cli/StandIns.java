package io.storyweave.examples.cli;

import io.storyweave.dynamodb.testing.DynaliteServer;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the end-to-end tests that share one Bedrock/STS stand-in per class and the JVM's shared
 * dynalite; every test starts from healthy answers and an empty request log.
 */
abstract class StandIns {
    static BedrockStandIn aws;
    static DynaliteServer dynamo;

    @BeforeAll
    static void startStandIns() {
        aws = BedrockStandIn.create().start();
        dynamo = DynaliteServer.shared();
    }

    @AfterAll
    static void stopStandIns() {
        aws.close();
    }

    @BeforeEach
    void healthyAnswers() {
        aws.reset();
    }
}
