package io.storyweave.dynamodb;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.storyweave.dynamodb.testing.DynaliteServer;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A loopback proxy that passes every DynamoDB call to dynalite, except the operations a test
 * answers itself as real DynamoDB does on the wire (JSON 1.0, {@code X-Amz-Target}, its error
 * shape): time to live, which dynalite lacks, or a refusal of the credentials.
 */
final class DynamoDbProxy implements AutoCloseable {
    static final String DESCRIBE_TTL = "DynamoDB_20120810.DescribeTimeToLive";
    static final String UPDATE_TTL = "DynamoDB_20120810.UpdateTimeToLive";
    static final String JSON_10 = "application/x-amz-json-1.0";

    private final WireMockServer wire;

    private DynamoDbProxy(WireMockServer wire) {
        this.wire = wire;
    }

    /** @return a running proxy to {@code dynalite}; close it when done */
    static DynamoDbProxy to(DynaliteServer dynalite) {
        WireMockServer wire = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        wire.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(dynalite.endpoint().toString())));
        return new DynamoDbProxy(wire);
    }

    /** @return the endpoint to point a client at */
    URI endpoint() {
        return URI.create(wire.baseUrl());
    }

    /** @return the proxy, to stub operations and verify what was called */
    WireMockServer wire() {
        return wire;
    }

    /** @return a stub for one operation, e.g. {@link #DESCRIBE_TTL}, taking precedence over the pass-through */
    static MappingBuilder call(String target) {
        return post(urlEqualTo("/")).atPriority(1).withHeader("X-Amz-Target", equalTo(target));
    }

    /** @return the calls of one operation, for verifying */
    static RequestPatternBuilder calls(String target) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    /** @return DescribeTimeToLive's answer for a table whose TTL is {@code status} on {@code attribute} (may be null) */
    static ResponseDefinitionBuilder ttlIs(String status, String attribute) {
        String on = attribute == null ? "" : ",\"AttributeName\":\"" + attribute + "\"";
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_10)
                .withBody("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"" + status + "\"" + on + "}}");
    }

    /**
     * @param type    the error's {@code __type}, e.g. {@code com.amazon.coral.validate#ValidationException}
     * @param message its message
     * @return DynamoDB's HTTP 400 answer with that error
     */
    static ResponseDefinitionBuilder error(String type, String message) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON_10)
                .withHeader("x-amzn-RequestId", "4KBNVRGD25RG6D4T9I2T1EXAMPLE")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    @Override
    public void close() {
        wire.stop();
    }
}
