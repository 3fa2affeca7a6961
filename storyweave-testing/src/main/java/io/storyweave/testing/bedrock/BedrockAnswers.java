package io.storyweave.testing.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.testing.ScriptedModelProvider;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of Bedrock Runtime and STS exactly as they are on the wire (checked against the AWS
 * SDK for Java v2): Converse with a tool-use or text answer, ConverseStream as event-stream frames,
 * ApplyGuardrail, errors with their status, {@code x-amzn-ErrorType} header and JSON body, and STS
 * GetCallerIdentity as XML. {@link #answer(String, String)} is what a healthy Bedrock answers to a
 * request: a story that passes StoryWeave's checks with the page count the request asks for, a
 * review that finds every category of the request's schema fine, a one-token probe's text. Needs no
 * HTTP server; only the event-stream frames need {@code software.amazon.eventstream:eventstream}.
 */
public final class BedrockAnswers {
    /** Claude 3.5 Haiku, the default CHEAP tier (and the model review's). */
    public static final String HAIKU_35 = "anthropic.claude-3-5-haiku-20241022-v1:0";
    /** Claude 3.5 Sonnet v2, the default MEDIUM and QUALITY tier. */
    public static final String SONNET_35 = "anthropic.claude-3-5-sonnet-20241022-v2:0";
    /** Claude 3 Opus, the default EXPENSIVE tier. */
    public static final String OPUS_3 = "anthropic.claude-3-opus-20240229-v1:0";
    /** Claude Sonnet 4.5, which needs an inference profile (no on-demand throughput). */
    public static final String SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";
    /** The account STS names by default. */
    public static final String ACCOUNT = "296062573602";
    /** The principal STS names by default. */
    public static final String ARN = "arn:aws:iam::" + ACCOUNT + ":user/Sami";
    /** The tool StoryWeave forces for a story. */
    public static final String STORY_TOOL = "write_story";
    /** The tool StoryWeave forces for its model review. */
    public static final String REVIEW_TOOL = "review_story";

    static final String JSON = "application/json";
    private static final String EVENT_STREAM = "application/vnd.amazon.eventstream";
    private static final String ERROR_NAMESPACE = ":http://internal.amazon.com/coral/com.amazon.bedrock/";
    private static final Pattern PAGES_ASKED = Pattern.compile("exactly (\\d+) page");
    private static final Pattern MODEL_PATH = Pattern.compile("/model/([^/]+)/(converse|converse-stream)");
    private static final Pattern GUARDRAIL_PATH = Pattern.compile("/guardrail/([^/]+)/version/([^/]+)/apply");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Story answers by page count and kind; a benchmark asks for the same few thousands of times. */
    private static final Map<String, WireAnswer> STORIES = new ConcurrentHashMap<>();

    private BedrockAnswers() {
    }

    // ---- paths ----

    /**
     * @param modelId a model id, profile id or ARN
     * @return it URL-encoded as the AWS SDK puts it in the path ({@code :} is {@code %3A}, {@code /} is {@code %2F})
     */
    public static String encode(String modelId) {
        return URLEncoder.encode(modelId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @param modelId a model id @return the path of its Converse call */
    public static String conversePath(String modelId) {
        return "/model/" + encode(modelId) + "/converse";
    }

    /** @param modelId a model id @return the path of its ConverseStream call */
    public static String converseStreamPath(String modelId) {
        return conversePath(modelId) + "-stream";
    }

    /**
     * @param id      guardrail id
     * @param version its version
     * @return the path of ApplyGuardrail for it
     */
    public static String guardrailPath(String id, String version) {
        return "/guardrail/" + id + "/version/" + version + "/apply";
    }

    /**
     * @param path a request path
     * @return the model id of a Converse or ConverseStream path, decoded, or {@code null}
     */
    public static String modelIdOf(String path) {
        Matcher m = MODEL_PATH.matcher(path);
        return m.matches() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
    }

    // ---- what a request asks for ----

    /** @param body a Converse request body @return whether it is StoryWeave's model review */
    public static boolean isReview(String body) {
        return body.contains("\"" + REVIEW_TOOL + "\"");
    }

    /** @param body a Converse request body @return the pages the prompt asks for ("exactly N pages"), else 1 */
    public static int pagesAsked(String body) {
        Matcher asked = PAGES_ASKED.matcher(body);
        return asked.find() ? Integer.parseInt(asked.group(1)) : 1;
    }

    /**
     * @param body a review request's body
     * @return the categories its forced tool's schema requires
     */
    public static List<String> reviewCategories(String body) {
        JsonNode required = read(body).at("/toolConfig/tools/0/toolSpec/inputSchema/json/required");
        List<String> categories = new ArrayList<>();
        required.forEach(c -> categories.add(c.asText()));
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("the review request's tool schema lists no required categories");
        }
        return categories;
    }

    // ---- the healthy answer to any request ----

    /**
     * @param path the request path
     * @param body the request body
     * @return what a healthy Bedrock Runtime (or STS) answers
     */
    public static WireAnswer answer(String path, String body) {
        return answer(path, body, 0, 0);
    }

    /**
     * @param path       the request path
     * @param body       the request body
     * @param cacheRead  input tokens a model's answer reports as read from the prompt cache
     * @param cacheWrite input tokens a model's answer reports as written to it
     * @return what a healthy Bedrock Runtime (or STS) answers, the prompt cache used as given (the
     *         other input tokens are those of an answer without it)
     */
    public static WireAnswer answer(String path, String body, int cacheRead, int cacheWrite) {
        if (MODEL_PATH.matcher(path).matches()) {
            boolean stream = path.endsWith("-stream");
            if (isReview(body)) {
                WireUsage usage = WireUsage.of(1500, 300).cacheRead(cacheRead).cacheWrite(cacheWrite);
                return stream ? streamedTool(REVIEW_TOOL, reviewJson(reviewCategories(body)), "tool_use", usage)
                        : review(reviewCategories(body), usage);
            }
            if (!body.contains("\"toolConfig\"")) {
                // A probe without tools (the smallest call that proves a model answers).
                return converseText("Hi", "max_tokens", 8, 1);
            }
            int pages = pagesAsked(body);
            if (cacheRead > 0 || cacheWrite > 0) {
                WireUsage usage = WireUsage.of(812, 164).cacheRead(cacheRead).cacheWrite(cacheWrite);
                return stream ? streamedTool(STORY_TOOL, storyJson(pages), "tool_use", usage)
                        : converseTool(STORY_TOOL, storyJson(pages), "tool_use", usage);
            }
            return STORIES.computeIfAbsent(pages + (stream ? "s" : "c"), k -> stream
                    ? streamedTool(STORY_TOOL, storyJson(pages), "tool_use", 812, 164) : story(pages));
        }
        Matcher guard = GUARDRAIL_PATH.matcher(path);
        if (guard.matches()) {
            return guardrailPassed();
        }
        if (body.contains("Action=GetCallerIdentity")) {
            return stsIdentity(ACCOUNT, ARN);
        }
        return error(404, "UnknownOperationException", "No such operation: " + path);
    }

    // ---- Converse ----

    /** @param pages pages @return a story that passes StoryWeave's checks for every age and neurotype, as JSON */
    public static String storyJson(int pages) {
        return ScriptedModelProvider.validStoryJson(pages);
    }

    /** @param pages pages @return Converse's answer with a story of that length in a {@code write_story} tool call */
    public static WireAnswer story(int pages) {
        return converseTool(STORY_TOOL, storyJson(pages), "tool_use", 812, 164);
    }

    /**
     * @param tool       the tool's name
     * @param inputJson  the tool input
     * @param stopReason e.g. {@code tool_use} or {@code max_tokens}
     * @param in         input tokens
     * @param out        output tokens
     * @return Converse's answer with that tool call
     */
    public static WireAnswer converseTool(String tool, String inputJson, String stopReason, int in, int out) {
        return converseTool(tool, inputJson, stopReason, WireUsage.of(in, out));
    }

    /**
     * @param tool       the tool's name
     * @param inputJson  the tool input
     * @param stopReason e.g. {@code tool_use} or {@code max_tokens}
     * @param usage      the tokens, prompt-cache reads and writes included
     * @return Converse's answer with that tool call
     */
    public static WireAnswer converseTool(String tool, String inputJson, String stopReason, WireUsage usage) {
        return ok("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"tooluse_1\","
                + "\"name\":\"" + tool + "\",\"input\":" + inputJson + "}}]}},\"stopReason\":\"" + stopReason + "\","
                + usage.json() + ",\"metrics\":{\"latencyMs\":2130}}");
    }

    /**
     * @param text       the text answer
     * @param stopReason e.g. {@code end_turn} or {@code guardrail_intervened}
     * @param in         input tokens
     * @param out        output tokens
     * @return Converse's answer with a text block
     */
    public static WireAnswer converseText(String text, String stopReason, int in, int out) {
        return ok("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + quote(text) + "}]}},"
                + "\"stopReason\":\"" + stopReason + "\"," + WireUsage.of(in, out).json() + ",\"metrics\":{\"latencyMs\":5}}");
    }

    /**
     * @param categories the categories the review's schema requires
     * @param failing    those that fail, each with the reason "the story breaks the CATEGORY rule"
     * @return the review tool's input
     */
    public static String reviewJson(List<String> categories, String... failing) {
        java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        for (String category : failing) {
            reasons.put(category, "the story breaks the " + category + " rule");
        }
        return io.storyweave.testing.ReviewVerdicts.json(categories, reasons);
    }

    /**
     * @param categories the categories the review's schema requires
     * @param failing    those that fail
     * @return Converse's answer with a {@code review_story} tool call
     */
    public static WireAnswer review(List<String> categories, String... failing) {
        return review(categories, WireUsage.of(1500, 300), failing);
    }

    /**
     * @param categories the categories the review's schema requires
     * @param usage      the tokens, e.g. with the review's rubric read from the prompt cache
     * @param failing    those that fail
     * @return Converse's answer with a {@code review_story} tool call
     */
    public static WireAnswer review(List<String> categories, WireUsage usage, String... failing) {
        return converseTool(REVIEW_TOOL, reviewJson(categories, failing), "tool_use", usage)
                .withHeader("x-amzn-RequestId", "req-review");
    }

    /**
     * @param body a Converse or ConverseStream request body
     * @return the prompt prefix Bedrock would cache for it (its tools and system prompt, as sent) when
     *         they carry a {@code cachePoint}, else {@code null}
     */
    public static String cachedPrefix(String body) {
        JsonNode request = read(body);
        JsonNode tools = request.path("toolConfig").path("tools");
        JsonNode system = request.path("system");
        boolean marked = !tools.findValues("cachePoint").isEmpty() || !system.findValues("cachePoint").isEmpty();
        return marked ? tools.toString() + system : null;
    }

    /**
     * @param body a Converse or ConverseStream request body
     * @return how many {@code cachePoint} blocks it carries (in {@code system}, {@code toolConfig.tools} and messages)
     */
    public static int cachePoints(String body) {
        int count = 0;
        for (JsonNode block : read(body).findValues("cachePoint")) {
            count += block.isObject() ? 1 : 0;
        }
        return count;
    }

    /**
     * @param json a Converse answer body
     * @return it with status 200, as Bedrock sends it
     */
    public static WireAnswer ok(String json) {
        return WireAnswer.of(200, JSON, "req-ok", json);
    }

    // ---- errors ----

    /**
     * @param status  HTTP status (ValidationException 400, AccessDeniedException 403, ResourceNotFoundException 404,
     *                ModelTimeoutException 408, ModelErrorException 424, ThrottlingException 429, ModelNotReadyException 429,
     *                InternalServerException 500, ServiceUnavailableException 503)
     * @param code    the error name
     * @param message its message
     * @return the error as Bedrock sends it: {@code x-amzn-ErrorType}, request id {@code req-CODE}, JSON body
     */
    public static WireAnswer error(int status, String code, String message) {
        return WireAnswer.of(status, JSON, "req-" + code, "{\"message\":" + quote(message) + "}")
                .withHeader("x-amzn-ErrorType", code + ERROR_NAMESPACE);
    }

    /** @return a ThrottlingException (429) with Bedrock's message */
    public static WireAnswer throttled() {
        return error(429, "ThrottlingException", "Too many requests, please wait before trying again.");
    }

    /**
     * @param modelId a bare model id
     * @return Bedrock's message, word for word, for a model that needs an inference profile
     */
    public static String onDemandMessage(String modelId) {
        return "Invocation of model ID " + modelId + " with on-demand throughput isn't supported. Retry your request"
                + " with the ID or ARN of an inference profile that contains this model.";
    }

    /**
     * The message Bedrock gives for a request signed with the wrong secret: it quotes the canonical
     * request, whose {@code x-amz-security-token} header line carries the session token, and the
     * string to sign (so it is what a redactor must cope with).
     *
     * @param modelId      the model called
     * @param accessKeyId  the access key id the request was signed with
     * @param sessionToken the session token sent with it
     * @return the message of the InvalidSignatureException
     */
    public static String signatureMismatch(String modelId, String accessKeyId, String sessionToken) {
        String path = conversePath(modelId).replace("%", "%25");
        return "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                + " Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical"
                + " String for this request should have been\n'POST\n" + path + "\n\naccept:application/json\n"
                + "content-type:application/json\nhost:bedrock-runtime.us-east-1.amazonaws.com\n"
                + "x-amz-date:20261125T101500Z\nx-amz-security-token:" + sessionToken + "\n\n"
                + "accept;content-type;host;x-amz-date;x-amz-security-token\n"
                + "9a3f1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809'\n\nThe String-to-Sign should"
                + " have been\n'AWS4-HMAC-SHA256\n20261125T101500Z\n20261125/us-east-1/bedrock/aws4_request\n"
                + "4e1c9b2a7d3f5e6c8b0a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a'\n(request sent with"
                + " Credential=" + accessKeyId + "/20261125/us-east-1/bedrock/aws4_request, token=" + sessionToken + ")";
    }

    // ---- ConverseStream ----

    /**
     * @param eventType e.g. {@code messageStart}, {@code contentBlockDelta}, {@code metadata}
     * @param json      the event's payload
     * @return one event frame
     */
    public static Message event(String eventType, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString(JSON));
        return new Message(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param exceptionType the error name in lower camel case, e.g. {@code throttlingException}
     * @param message       its message
     * @return a mid-stream exception frame
     */
    public static Message exceptionFrame(String exceptionType, String message) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("exception"));
        headers.put(":exception-type", HeaderValue.fromString(exceptionType));
        headers.put(":content-type", HeaderValue.fromString(JSON));
        return new Message(headers, ("{\"message\":" + quote(message) + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** @param partialJson a piece of the tool input @return its delta frame */
    public static Message toolDelta(String partialJson) {
        return event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"toolUse\":{\"input\":"
                + quote(partialJson) + "}}}");
    }

    /** @param text a piece of a text answer @return its delta frame */
    public static Message textDelta(String text) {
        return event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":" + quote(text) + "}}");
    }

    /** @param tool the tool's name @return {@code messageStart} and the tool's {@code contentBlockStart} */
    public static Message[] streamStart(String tool) {
        return new Message[] {
            event("messageStart", "{\"role\":\"assistant\"}"),
            event("contentBlockStart", "{\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_1\",\"name\":\"" + tool + "\"}},"
                    + "\"contentBlockIndex\":0}")};
    }

    /**
     * @param stopReason the stop reason
     * @param in         input tokens
     * @param out        output tokens
     * @return {@code contentBlockStop}, {@code messageStop} and {@code metadata}
     */
    public static Message[] streamEnd(String stopReason, int in, int out) {
        return streamEnd(stopReason, WireUsage.of(in, out));
    }

    /**
     * @param stopReason the stop reason
     * @param usage      the tokens of the {@code metadata} event, prompt-cache reads and writes included
     * @return {@code contentBlockStop}, {@code messageStop} and {@code metadata}
     */
    public static Message[] streamEnd(String stopReason, WireUsage usage) {
        return new Message[] {
            event("contentBlockStop", "{\"contentBlockIndex\":0}"),
            event("messageStop", "{\"stopReason\":\"" + stopReason + "\"}"),
            event("metadata", "{" + usage.json() + ",\"metrics\":{\"latencyMs\":100}}")};
    }

    /** @param messages frames @return them as one body */
    public static byte[] frames(Message... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) {
            ByteBuffer buffer = m.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** @param frames the frames @return ConverseStream's answer carrying them */
    public static WireAnswer eventStream(byte[] frames) {
        return WireAnswer.of(200, EVENT_STREAM, "req-stream", frames);
    }

    /**
     * @param json  a tool input
     * @param parts how many deltas
     * @return the JSON cut into that many pieces, the way Claude streams a tool call
     */
    public static List<String> pieces(String json, int parts) {
        List<String> out = new ArrayList<>();
        int size = Math.max(1, (json.length() + parts - 1) / parts);
        for (int i = 0; i < json.length(); i += size) {
            out.add(json.substring(i, Math.min(json.length(), i + size)));
        }
        return out;
    }

    /**
     * @param tool       the tool's name
     * @param inputJson  the whole tool input, streamed in pieces of 40 characters
     * @param stopReason the stop reason
     * @param in         input tokens
     * @param out        output tokens
     * @return ConverseStream's answer
     */
    public static WireAnswer streamedTool(String tool, String inputJson, String stopReason, int in, int out) {
        return streamedTool(tool, inputJson, stopReason, WireUsage.of(in, out));
    }

    /**
     * @param tool       the tool's name
     * @param inputJson  the whole tool input, streamed in pieces of 40 characters
     * @param stopReason the stop reason
     * @param usage      the tokens of the {@code metadata} event, prompt-cache reads and writes included
     * @return ConverseStream's answer
     */
    public static WireAnswer streamedTool(String tool, String inputJson, String stopReason, WireUsage usage) {
        List<Message> all = new ArrayList<>(List.of(streamStart(tool)));
        pieces(inputJson, (inputJson.length() + 39) / 40).forEach(p -> all.add(toolDelta(p)));
        all.addAll(List.of(streamEnd(stopReason, usage)));
        return eventStream(frames(all.toArray(Message[]::new)));
    }

    // ---- ApplyGuardrail ----

    /** @return ApplyGuardrail's answer letting the text through */
    public static WireAnswer guardrailPassed() {
        return ok("{\"action\":\"NONE\",\"outputs\":[],\"assessments\":[{}]," + guardrailUsage() + "}");
    }

    /**
     * @param assessmentsJson the {@code assessments} array, e.g.
     *                        {@code [{"contentPolicy":{"filters":[{"type":"VIOLENCE","confidence":"HIGH","action":"BLOCKED"}]}}]}
     * @return ApplyGuardrail's answer when the guardrail intervened
     */
    public static WireAnswer guardrailIntervened(String assessmentsJson) {
        return ok("{\"action\":\"GUARDRAIL_INTERVENED\",\"actionReason\":\"Guardrail blocked.\",\"outputs\":[{\"text\":"
                + "\"Sorry.\"}],\"assessments\":" + assessmentsJson + "," + guardrailUsage() + "}");
    }

    /**
     * @param id      guardrail id
     * @param version its version
     * @return Bedrock's answer for a guardrail that does not exist
     */
    public static WireAnswer guardrailMissing(String id, String version) {
        return error(404, "ResourceNotFoundException", "The guardrail identifier or version provided (" + id + ", "
                + version + ") is invalid.");
    }

    private static String guardrailUsage() {
        return "\"usage\":{\"topicPolicyUnits\":1,\"contentPolicyUnits\":1,\"wordPolicyUnits\":1,"
                + "\"sensitiveInformationPolicyUnits\":1,\"sensitiveInformationPolicyFreeUnits\":0,"
                + "\"contextualGroundingPolicyUnits\":0}";
    }

    // ---- STS ----

    /**
     * @param account the account id
     * @param arn     the principal's ARN
     * @return GetCallerIdentity's XML answer
     */
    public static WireAnswer stsIdentity(String account, String arn) {
        return WireAnswer.of(200, "text/xml", "sts-1", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/"
                + "2011-06-15/\"><GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>AIDAUSERSAMI1234</UserId><Account>"
                + account + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId>"
                + "</ResponseMetadata></GetCallerIdentityResponse>");
    }

    /**
     * @param status  HTTP status, e.g. 403
     * @param code    e.g. {@code InvalidClientTokenId}, {@code SignatureDoesNotMatch}, {@code ExpiredToken}
     * @param message its message
     * @return STS's XML error
     */
    public static WireAnswer stsError(int status, String code, String message) {
        return WireAnswer.of(status, "text/xml", "sts-denied", "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/"
                + "2011-06-15/\"><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>sts-denied</RequestId></ErrorResponse>");
    }

    // ---- JSON ----

    /** @param text any text @return it as a JSON string literal */
    public static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON request body: " + e.getOriginalMessage(), e);
        }
    }
}
