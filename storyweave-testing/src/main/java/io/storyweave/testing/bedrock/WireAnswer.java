package io.storyweave.testing.bedrock;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer exactly as an AWS service puts it on the wire, independent of any HTTP server:
 * status, headers and body bytes. {@link BedrockStandIn} serves these through WireMock; a
 * benchmark may serve them with any minimal HTTP server.
 *
 * @param status  HTTP status
 * @param headers header names and values, in order
 * @param body    the body
 */
public record WireAnswer(int status, Map<String, String> headers, byte[] body) {
    /** Copies the headers (keeping their order) and requires a body (possibly empty). */
    public WireAnswer {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param status    HTTP status
     * @param type      Content-Type
     * @param requestId the {@code x-amzn-RequestId} header
     * @param body      the body as text
     * @return the answer
     */
    public static WireAnswer of(int status, String type, String requestId, String body) {
        return of(status, type, requestId, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param status    HTTP status
     * @param type      Content-Type
     * @param requestId the {@code x-amzn-RequestId} header
     * @param body      the body
     * @return the answer
     */
    public static WireAnswer of(int status, String type, String requestId, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        headers.put("x-amzn-RequestId", requestId);
        return new WireAnswer(status, headers, body);
    }

    /**
     * @param name  a header name
     * @param value its value
     * @return this answer with the header added (or replaced)
     */
    public WireAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WireAnswer(status, more, body);
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
