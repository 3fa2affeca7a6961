package io.storyweave.examples.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A loopback proxy in front of dynalite that can drop every data call (reads, writes, leases) as a
 * dead endpoint does, while the table descriptions the store checks at start still answer.
 */
final class DynamoDbOutage implements AutoCloseable {
    private final WireMockServer proxy;
    private final URI dynamoDb;

    /** @param dynamoDb the real (local) DynamoDB everything is passed to while healthy */
    DynamoDbOutage(URI dynamoDb) {
        this.dynamoDb = dynamoDb;
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(dynamoDb.toString())));
    }

    /** @return the endpoint to give the command line */
    String endpoint() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** From now on every call but those that look at tables (Describe…, ListTables) has its connection reset. */
    void dropDataCalls() {
        proxy.stubFor(any(anyUrl()).atPriority(1)
                .withHeader("X-Amz-Target", matching("DynamoDB_20120810\\.(?!DescribeTable|DescribeTimeToLive|ListTables).*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Override
    public void close() {
        proxy.stop();
    }

    @Override
    public String toString() {
        return "outage proxy " + endpoint() + " in front of " + dynamoDb;
    }
}
