package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.storyweave.testing.ScriptedModelProvider;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock on 127.0.0.1 that answers as Bedrock Runtime and STS do on the wire (see
 * shared/reference/aws-on-the-wire.md): Converse with a {@code write_story} tool-use block,
 * ConverseStream as event-stream frames, errors with {@code x-amzn-ErrorType}, STS as XML.
 */
final class FakeAws implements AutoCloseable {
    static final String HAIKU = "anthropic.claude-3-5-haiku-20241022-v1:0";
    static final String SONNET = "anthropic.claude-3-5-sonnet-20241022-v2:0";
    static final String OPUS = "anthropic.claude-3-opus-20240229-v1:0";
    static final String SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";
    static final String ACCOUNT = "296062573602";
    static final String ARN = "arn:aws:iam::" + ACCOUNT + ":user/Sami";
    /** Fake but realistic temporary credentials; the secret and token must never be printed. */
    static final String ACCESS_KEY_ID = "ASIAQ3EGUXK7ZTFPW4XN";
    static final String SECRET_ACCESS_KEY = "k9Vw2mB+f7QeLr0sXc4TnJ8yHdGp1ZaUo6KiEb3S";
    static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDtokenvalueforthetests";
    /** The page count the tests ask for (the answers follow the "exactly N pages" of each request). */
    static final int PAGES = 3;
    private static final Pattern PAGES_ASKED = Pattern.compile("exactly (\\d+) page");

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        CliRun.SECRETS.add(SECRET_ACCESS_KEY);
        CliRun.SECRETS.add(SESSION_TOKEN);
    }

    private static final String REVIEW_TOOL = "\"review_story\"";
    private final WireMockServer server;

    FakeAws() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new StoryPages()));
        server.start();
        reset();
    }

    /** Clears recorded requests and restores the healthy answers: every model writes, STS names Sami. */
    void reset() {
        server.resetAll();
        server.stubFor(post(urlPathMatching("/model/[^/]+/converse")).atPriority(10)
                .willReturn(aResponse().withTransformers(StoryPages.NAME)));
        server.stubFor(post(urlPathMatching("/model/[^/]+/converse-stream")).atPriority(10)
                .willReturn(aResponse().withTransformers(StoryPages.NAME)));
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(stsIdentity()));
    }

    /** @return base URL, e.g. {@code http://127.0.0.1:41234} */
    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * @param dynamoDbEndpoint where DynamoDB is, or {@code null}
     * @return the environment a user would set: credentials, region, endpoints, nothing else
     */
    Map<String, String> env(String dynamoDbEndpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", url());
        env.put("AWS_ENDPOINT_URL_STS", url());
        env.put("AWS_ENDPOINT_URL_BEDROCK", url());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        if (dynamoDbEndpoint != null) {
            env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint);
        }
        return env;
    }

    /** Bedrock's control plane creates guardrails: CreateGuardrail, then CreateGuardrailVersion, as on the wire. */
    void acceptGuardrails() {
        server.stubFor(post(urlEqualTo("/guardrails")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-RequestId", "req-cg")
                .withBody("{\"guardrailId\":\"gr7kids01\",\"guardrailArn\":\"arn:aws:bedrock:us-east-1:296062573602:"
                        + "guardrail/gr7kids01\",\"version\":\"DRAFT\",\"createdAt\":\"2026-11-25T10:15:00Z\"}")));
        server.stubFor(post(urlEqualTo("/guardrails/gr7kids01")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-RequestId", "req-cgv")
                .withBody("{\"guardrailId\":\"gr7kids01\",\"version\":\"1\"}")));
    }

    /** ApplyGuardrail answers for this guardrail and version, letting the text through. */
    void guardrailExists(String id, String version) {
        server.stubFor(post(urlEqualTo("/guardrail/" + id + "/version/" + version + "/apply")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"action\":\"NONE\",\"outputs\":[],\"assessments\":[{}],\"usage\":{\"topicPolicyUnits\":1,"
                        + "\"contentPolicyUnits\":1,\"wordPolicyUnits\":1,\"sensitiveInformationPolicyUnits\":1,"
                        + "\"sensitiveInformationPolicyFreeUnits\":0,\"contextualGroundingPolicyUnits\":0}}")));
    }

    /** @return the body of the first request to this path, or {@code null} */
    String firstBody(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path))).stream().findFirst()
                .map(r -> r.getBodyAsString()).orElse(null);
    }

    /** Makes one model answer with a Bedrock error. */
    void failModel(String modelId, int status, String code, String message) {
        server.stubFor(post(urlPathEqualTo(conversePath(modelId))).atPriority(1).willReturn(error(status, code, message)));
        server.stubFor(post(urlPathEqualTo(converseStreamPath(modelId))).atPriority(1).willReturn(error(status, code, message)));
    }

    /**
     * The message Bedrock gives for a request signed with the wrong secret: it quotes the canonical
     * request, whose {@code x-amz-security-token} header line carries the session token, and the
     * string to sign.
     */
    static String signatureMismatch(String modelId) {
        String path = conversePath(modelId).replace("%", "%25");
        return "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                + " Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical"
                + " String for this request should have been\n'POST\n" + path + "\n\naccept:application/json\n"
                + "content-type:application/json\nhost:bedrock-runtime.us-east-1.amazonaws.com\n"
                + "x-amz-date:20261125T101500Z\nx-amz-security-token:" + SESSION_TOKEN + "\n\n"
                + "accept;content-type;host;x-amz-date;x-amz-security-token\n"
                + "9a3f1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809'\n\nThe String-to-Sign should"
                + " have been\n'AWS4-HMAC-SHA256\n20261125T101500Z\n20261125/us-east-1/bedrock/aws4_request\n"
                + "4e1c9b2a7d3f5e6c8b0a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a'\n(request sent with"
                + " Credential=" + ACCESS_KEY_ID + "/20261125/us-east-1/bedrock/aws4_request, token=" + SESSION_TOKEN
                + ")";
    }

    /** Makes STS refuse the credentials as it does for an unknown access key id. */
    void rejectCredentials() {
        server.stubFor(post(urlEqualTo("/")).atPriority(1).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                        .withBody("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                                + "<Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token"
                                + " included in the request is invalid.</Message></Error><RequestId>sts-denied"
                                + "</RequestId></ErrorResponse>")));
    }

    /** @return how many model calls (Converse or ConverseStream) reached this server */
    int modelCalls() {
        return server.countRequestsMatching(postRequestedFor(urlPathMatching("/model/.*"))
                .withRequestBody(notContaining(REVIEW_TOOL)).build()).getCount();
    }

    /** @return how many model review calls (the review tool forced) reached the fake */
    int reviewCalls() {
        return server.countRequestsMatching(postRequestedFor(urlPathMatching("/model/.*"))
                .withRequestBody(containing(REVIEW_TOOL)).build()).getCount();
    }

    /** @return how many requests of any kind reached this server */
    int allRequests() {
        return server.getAllServeEvents().size();
    }

    /** @return the bodies of the model calls, in order */
    java.util.List<String> modelRequestBodies() {
        return server.findAll(postRequestedFor(urlPathMatching("/model/.*"))).stream()
                .map(r -> r.getBodyAsString()).toList();
    }

    /** @param path a request path @return how many requests reached it */
    int callsTo(String path) {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(notContaining(REVIEW_TOOL)).build()).getCount();
    }

    static String conversePath(String modelId) {
        return "/model/" + URLEncoder.encode(modelId, StandardCharsets.UTF_8) + "/converse";
    }

    static String converseStreamPath(String modelId) {
        return conversePath(modelId) + "-stream";
    }

    /**
     * Answers each model call as Bedrock would, with a story of as many pages as the request asks
     * for (a doctor's one-token probe gets a one-page answer; the SDK client parses it either way).
     */
    static final class StoryPages implements ResponseDefinitionTransformerV2 {
        static final String NAME = "story-pages";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (event.getRequest().getBodyAsString().contains("\"review_story\"")) {
                return reviewAnswer().build();
            }
            Matcher asked = PAGES_ASKED.matcher(event.getRequest().getBodyAsString());
            int pages = asked.find() ? Integer.parseInt(asked.group(1)) : 1;
            boolean stream = event.getRequest().getUrl().endsWith("/converse-stream");
            return (stream ? streamAnswer(pages) : storyAnswer(pages)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** A story that passes the SDK's checks, with the hero placeholder the SDK replaces by the name. */
    static String storyJson(int pages) {
        return ScriptedModelProvider.validStoryJson(pages);
    }

    /** StoryWeave's model review, answered as Bedrock would: every category of its schema is fine. */
    private static ResponseDefinitionBuilder reviewAnswer() {
        StringBuilder input = new StringBuilder("{");
        try {
            for (com.fasterxml.jackson.databind.JsonNode key : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(io.storyweave.internal.review.StoryReview.SCHEMA.jsonSchema()).get("required")) {
                input.append(input.length() > 1 ? "," : "").append('"').append(key.asText())
                        .append("\":{\"ok\":true,\"reason\":\"fine\"}");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String body = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":"
                + "\"tooluse_review\",\"name\":\"review_story\",\"input\":" + input.append('}') + "}}]}},"
                + "\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":1500,\"outputTokens\":300,\"totalTokens\":1800},"
                + "\"metrics\":{\"latencyMs\":700}}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "req-review").withBody(body);
    }

    private static ResponseDefinitionBuilder storyAnswer(int pages) {
        String body = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":"
                + "\"tooluse_e2e\",\"name\":\"write_story\",\"input\":" + storyJson(pages) + "}}]}},\"stopReason\":\"tool_use\","
                + "\"usage\":{\"inputTokens\":812,\"outputTokens\":164,\"totalTokens\":976},\"metrics\":{\"latencyMs\":2130}}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "req-converse").withBody(body);
    }

    private static ResponseDefinitionBuilder streamAnswer(int pages) {
        String input = storyJson(pages);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        write(frames, event("messageStart", "{\"role\":\"assistant\"}"));
        write(frames, event("contentBlockStart", "{\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_e2e\","
                + "\"name\":\"write_story\"}},\"contentBlockIndex\":0}"));
        for (int i = 0; i < input.length(); i += 40) {
            String piece = input.substring(i, Math.min(input.length(), i + 40));
            write(frames, event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"toolUse\":{\"input\":"
                    + quote(piece) + "}}}"));
        }
        write(frames, event("contentBlockStop", "{\"contentBlockIndex\":0}"));
        write(frames, event("messageStop", "{\"stopReason\":\"tool_use\"}"));
        write(frames, event("metadata", "{\"usage\":{\"inputTokens\":812,\"outputTokens\":164,\"totalTokens\":976},"
                + "\"metrics\":{\"latencyMs\":900}}"));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.amazon.eventstream")
                .withHeader("x-amzn-RequestId", "req-stream").withBody(frames.toByteArray());
    }

    private static Message event(String type, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return new Message(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, Message message) {
        ByteBuffer buffer = message.toByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.writeBytes(bytes);
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withHeader("x-amzn-RequestId", "req-" + code).withBody("{\"message\":" + quote(message) + "}");
    }

    private static ResponseDefinitionBuilder stsIdentity() {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>" + ARN + "</Arn><UserId>AIDAUSERSAMI1234</UserId><Account>"
                        + ACCOUNT + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-e2e"
                        + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
