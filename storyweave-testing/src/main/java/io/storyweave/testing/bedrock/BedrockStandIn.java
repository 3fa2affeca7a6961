package io.storyweave.testing.bedrock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A local stand-in for AWS Bedrock Runtime and STS on 127.0.0.1, answering exactly as they do on
 * the wire (see {@link BedrockAnswers}), so the real AWS SDK client does all the parsing in a test.
 * Healthy by default: Converse answers a forced {@code write_story} call with a story that passes
 * StoryWeave's checks and has the page count the request asks for, the model review finds every
 * category fine, ConverseStream answers in event-stream frames, ApplyGuardrail lets the text
 * through for the guardrails {@linkplain #guardrail(String, String) made to exist}, STS names
 * {@value BedrockAnswers#ARN}. Scripts change that: errors for a model, throttling of the next
 * calls or of a share of all calls, the next story or review answers, refused credentials, a
 * {@linkplain #promptCache(int) prompt cache} that answers calls with a {@code cachePoint} as Bedrock does. Any
 * other answer can be stubbed on the {@linkplain #server() WireMock server}; stubs without a
 * priority win over the stand-in's own.
 *
 * <p>Needs {@code org.wiremock:wiremock} on the test class path (this kit declares it optional).
 * Use it as a JUnit 5 extension, which starts it before the class's tests, restores the healthy
 * answers and forgets the requests before each test, and stops it after them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BedrockStandIn bedrock = BedrockStandIn.create();
 *
 * BedrockModelProvider.builder().endpointOverride(bedrock.endpoint()).stsEndpointOverride(bedrock.endpoint())
 * }</pre>
 *
 * or started and closed by hand ({@link #start()}). Point a process at it with {@link #environment()}.
 * Thread-safe.
 */
public final class BedrockStandIn implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    /** Fake but realistic temporary credentials for the stand-in; the secret and token must never be printed. */
    public static final String ACCESS_KEY_ID = "ASIAQ3EGUXK7ZTFPW4XN";
    /** The secret access key of {@link #ACCESS_KEY_ID}. */
    public static final String SECRET_ACCESS_KEY = "k9Vw2mB+f7QeLr0sXc4TnJ8yHdGp1ZaUo6KiEb3S";
    /** The session token of {@link #ACCESS_KEY_ID}. */
    public static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDtokenvalueforthetests";
    /** The region {@link #environment()} names. */
    public static final String REGION = "us-east-1";

    private static final int OWN_PRIORITY = 10;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String transformerName = "bedrock-stand-in-" + INSTANCES.incrementAndGet();
    private final Consumer<WireMockConfiguration> tuning;
    private final Deque<Function<String, WireAnswer>> stories = new ConcurrentLinkedDeque<>();
    private final Deque<Function<String, WireAnswer>> reviews = new ConcurrentLinkedDeque<>();
    private final Deque<WireAnswer> guardrailAnswers = new ConcurrentLinkedDeque<>();
    private final Map<String, WireAnswer> failingModels = new ConcurrentHashMap<>();
    private final Set<String> guardrails = ConcurrentHashMap.newKeySet();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicLong throttled = new AtomicLong();
    private volatile Random throttleAtRandom;
    private volatile double throttleShare;
    private volatile WireAnswer sts = BedrockAnswers.stsIdentity(BedrockAnswers.ACCOUNT, BedrockAnswers.ARN);
    private volatile Duration delay = Duration.ZERO;
    private volatile int promptCacheTokens;
    private final Set<String> cachedPrefixes = ConcurrentHashMap.newKeySet();
    private WireMockServer server;

    private BedrockStandIn(Consumer<WireMockConfiguration> tuning) {
        this.tuning = tuning;
    }

    /** @return a stand-in that starts when first used as an extension or by {@link #start()} */
    public static BedrockStandIn create() {
        return create(o -> { });
    }

    /**
     * @param tuning changes to WireMock's options (threads, extensions, journal); it always binds 127.0.0.1
     *               on a free port
     * @return a stand-in that starts when first used as an extension or by {@link #start()}
     */
    public static BedrockStandIn create(Consumer<WireMockConfiguration> tuning) {
        return new BedrockStandIn(tuning);
    }

    /** @return this, started (a no-op when it runs already) */
    public synchronized BedrockStandIn start() {
        if (server == null) {
            WireMockConfiguration options = WireMockConfiguration.options().dynamicPort();
            tuning.accept(options);
            options.bindAddress("127.0.0.1").extensions(new Answers());
            server = new WireMockServer(options);
            server.start();
            reset();
        }
        return this;
    }

    /** Restores the healthy answers, forgets every script and stub, and clears the recorded requests. */
    public synchronized void reset() {
        server().resetAll();
        stories.clear();
        reviews.clear();
        guardrailAnswers.clear();
        failingModels.clear();
        guardrails.clear();
        throttleNext.set(0);
        throttled.set(0);
        throttleAtRandom = null;
        sts = BedrockAnswers.stsIdentity(BedrockAnswers.ACCOUNT, BedrockAnswers.ARN);
        delay = Duration.ZERO;
        promptCacheTokens = 0;
        cachedPrefixes.clear();
        ResponseDefinitionBuilder own = aResponse().withTransformers(transformerName);
        server.stubFor(post(urlPathMatching("/model/[^/]+/converse(-stream)?")).atPriority(OWN_PRIORITY).willReturn(own));
        server.stubFor(post(urlPathMatching("/guardrail/[^/]+/version/[^/]+/apply")).atPriority(OWN_PRIORITY)
                .willReturn(own));
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .atPriority(OWN_PRIORITY).willReturn(own));
    }

    /** @return the WireMock server, for stubs and checks of its own (started on first use) */
    public WireMockServer server() {
        return start().server;
    }

    /** @return base URL, e.g. {@code http://127.0.0.1:41234} */
    public String url() {
        return "http://127.0.0.1:" + server().port();
    }

    /** @return {@link #url()} as a URI, for endpoint overrides of Bedrock Runtime and STS */
    public URI endpoint() {
        return URI.create(url());
    }

    /**
     * @return the environment a user would set to reach this stand-in: temporary credentials,
     *         {@value #REGION}, the endpoints of Bedrock Runtime, Bedrock and STS, and instance metadata off
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        env.put("AWS_REGION", REGION);
        env.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", url());
        env.put("AWS_ENDPOINT_URL_STS", url());
        env.put("AWS_ENDPOINT_URL_BEDROCK", url());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    // ---- scripts ----

    /**
     * @param value every answer of the stand-in's own waits this long (a slow model)
     * @return this
     */
    public BedrockStandIn delay(Duration value) {
        delay = value;
        return this;
    }

    /**
     * Makes the healthy answers use a prompt cache as Bedrock does: a model call whose tools or system
     * prompt carry a {@code cachePoint} reports {@code prefixTokens} written to the cache the first time
     * that model sees that prefix, and read from it on every later call, until {@link #reset()}. Calls
     * without a {@code cachePoint} report no cache use.
     *
     * @param prefixTokens the tokens of every cached prefix, e.g. 3100 for StoryWeave's review rubric
     * @return this
     */
    public BedrockStandIn promptCache(int prefixTokens) {
        if (prefixTokens <= 0) {
            throw new IllegalArgumentException("a cached prefix has at least one token");
        }
        promptCacheTokens = prefixTokens;
        return this;
    }

    /**
     * Makes every Converse and ConverseStream call of one model fail, until {@link #reset()}.
     *
     * @param modelId the model id (or profile id or ARN) as the client sends it
     * @param status  HTTP status
     * @param code    Bedrock's error name, e.g. {@code AccessDeniedException}
     * @param message its message
     * @return this
     */
    public BedrockStandIn failModel(String modelId, int status, String code, String message) {
        failingModels.put(modelId, BedrockAnswers.error(status, code, message));
        return this;
    }

    /**
     * Makes a model refuse on-demand throughput as Bedrock does for Claude 3.7 and 4.x model ids.
     *
     * @param modelId a bare model id
     * @return this
     */
    public BedrockStandIn needsInferenceProfile(String modelId) {
        return failModel(modelId, 400, "ValidationException", BedrockAnswers.onDemandMessage(modelId));
    }

    /**
     * @param times the next {@code times} model calls (stories or reviews) are throttled (429 ThrottlingException)
     * @return this
     */
    public BedrockStandIn throttleNext(int times) {
        throttleNext.addAndGet(times);
        return this;
    }

    /**
     * @param share share of all model calls throttled, picked at random, from 0 to 1
     * @param seed  seed of the choice, so a failure can be replayed
     * @return this
     */
    public BedrockStandIn throttleAtRandom(double share, long seed) {
        throttleShare = share;
        throttleAtRandom = new Random(seed);
        return this;
    }

    /**
     * @param answers the next story calls (not reviews) answer these, in order; then the healthy answer
     * @return this
     */
    public BedrockStandIn nextStories(WireAnswer... answers) {
        for (WireAnswer answer : answers) {
            stories.add(body -> answer);
        }
        return this;
    }

    /**
     * @param answers the next review calls answer these, in order; then the all-fine verdict
     * @return this
     */
    public BedrockStandIn nextReviews(WireAnswer... answers) {
        for (WireAnswer answer : answers) {
            reviews.add(body -> answer);
        }
        return this;
    }

    /**
     * @param failing categories the next review finds broken (every other category of its schema is fine)
     * @return this
     */
    public BedrockStandIn nextReviewFails(String... failing) {
        reviews.add(body -> BedrockAnswers.review(BedrockAnswers.reviewCategories(body), failing));
        return this;
    }

    /**
     * Makes a guardrail exist: ApplyGuardrail for it lets the text through (others are not found).
     *
     * @param id      guardrail id
     * @param version its version
     * @return this
     */
    public BedrockStandIn guardrail(String id, String version) {
        guardrails.add(BedrockAnswers.guardrailPath(id, version));
        return this;
    }

    /**
     * @param answers the next ApplyGuardrail calls (for any guardrail) answer these, in order
     * @return this
     */
    public BedrockStandIn nextGuardrailAnswers(WireAnswer... answers) {
        guardrailAnswers.addAll(List.of(answers));
        return this;
    }

    /**
     * @param account the account id STS names
     * @param arn     the principal STS names
     * @return this
     */
    public BedrockStandIn identity(String account, String arn) {
        sts = BedrockAnswers.stsIdentity(account, arn);
        return this;
    }

    /**
     * @param modelId the model called
     * @return Bedrock's InvalidSignatureException message for a call signed with this stand-in's credentials
     *         and the wrong secret, quoting {@link #SESSION_TOKEN}
     */
    public static String signatureMismatch(String modelId) {
        return BedrockAnswers.signatureMismatch(modelId, ACCESS_KEY_ID, SESSION_TOKEN);
    }

    /** @return this, with STS refusing the credentials as it does for an unknown access key id */
    public BedrockStandIn rejectCredentials() {
        sts = BedrockAnswers.stsError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
        return this;
    }

    /**
     * Bedrock's control plane creates guardrails: CreateGuardrail answers id {@code gr7kids01},
     * then CreateGuardrailVersion answers version 1.
     *
     * @return this
     */
    public BedrockStandIn acceptGuardrailCreation() {
        server().stubFor(post(urlEqualTo("/guardrails")).willReturn(wire(WireAnswer.of(202, BedrockAnswers.JSON,
                "req-cg", "{\"guardrailId\":\"gr7kids01\",\"guardrailArn\":\"arn:aws:bedrock:us-east-1:"
                        + BedrockAnswers.ACCOUNT + ":guardrail/gr7kids01\",\"version\":\"DRAFT\","
                        + "\"createdAt\":\"2026-11-25T10:15:00Z\"}"))));
        server().stubFor(post(urlEqualTo("/guardrails/gr7kids01")).willReturn(wire(WireAnswer.of(202,
                BedrockAnswers.JSON, "req-cgv", "{\"guardrailId\":\"gr7kids01\",\"version\":\"1\"}"))));
        return this;
    }

    // ---- what reached it ----

    /** @return how many story calls (Converse or ConverseStream, reviews not counted) reached it */
    public int modelCalls() {
        return count(postRequestedFor(urlPathMatching("/model/.*")).withRequestBody(notContaining(reviewTool())));
    }

    /** @return how many model review calls (the review tool forced) reached it */
    public int reviewCalls() {
        return count(postRequestedFor(urlPathMatching("/model/.*")).withRequestBody(containing(reviewTool())));
    }

    /** @return how many model calls it throttled on a throttling script */
    public long throttledCalls() {
        return throttled.get();
    }

    /**
     * @param path a request path, e.g. {@link BedrockAnswers#conversePath(String)}
     * @return how many requests other than reviews reached it
     */
    public int callsTo(String path) {
        return count(postRequestedFor(urlPathEqualTo(path)).withRequestBody(notContaining(reviewTool())));
    }

    /** @return how many requests of any kind reached it */
    public int allRequests() {
        return server().getAllServeEvents().size();
    }

    /** @return the bodies of the model calls (stories and reviews), in the order they came */
    public List<String> modelRequestBodies() {
        return bodies("/model/.*");
    }

    /**
     * @param pathPattern a regular expression for the path
     * @return the bodies of the requests to matching paths, in the order they came
     */
    public List<String> bodies(String pathPattern) {
        return server().findAll(postRequestedFor(urlPathMatching(pathPattern))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    /** @param path a request path @return the body of the first request to it, or {@code null} */
    public String firstBody(String path) {
        return server().findAll(postRequestedFor(urlEqualTo(path))).stream().findFirst()
                .map(LoggedRequest::getBodyAsString).orElse(null);
    }

    private int count(RequestPatternBuilder pattern) {
        return server().countRequestsMatching(pattern.build()).getCount();
    }

    private static String reviewTool() {
        return "\"" + BedrockAnswers.REVIEW_TOOL + "\"";
    }

    // ---- WireMock shorthands ----

    /** @param mapping a stub; without a priority it wins over the stand-in's answers @return this */
    public BedrockStandIn stubFor(MappingBuilder mapping) {
        server().stubFor(mapping);
        return this;
    }

    /**
     * @param answer a wire answer
     * @return it as a WireMock answer, for stubs of one's own
     */
    public static ResponseDefinitionBuilder wire(WireAnswer answer) {
        ResponseDefinitionBuilder builder = aResponse().withStatus(answer.status()).withBody(answer.body());
        answer.headers().forEach(builder::withHeader);
        return builder;
    }

    // ---- JUnit 5 ----

    /** Starts it before the class's tests. */
    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Restores the healthy answers before each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    /** Stops it after the class's tests. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Stops the server; {@link #start()} starts a new one. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    // ---- the answers ----

    private WireAnswer answer(String path, String body) {
        String modelId = BedrockAnswers.modelIdOf(path);
        if (modelId != null) {
            return modelAnswer(modelId, path, body);
        }
        if (path.startsWith("/guardrail/")) {
            WireAnswer scripted = guardrailAnswers.poll();
            if (scripted != null) {
                return scripted;
            }
            if (!guardrails.contains(path)) {
                String[] parts = path.split("/");
                return BedrockAnswers.guardrailMissing(parts[2], parts[4]);
            }
            return BedrockAnswers.guardrailPassed();
        }
        return body.contains("Action=GetCallerIdentity") ? sts : BedrockAnswers.answer(path, body);
    }

    private WireAnswer modelAnswer(String modelId, String path, String body) {
        WireAnswer failing = failingModels.get(modelId);
        if (failing != null) {
            return failing;
        }
        if (throttleNow()) {
            throttled.incrementAndGet();
            return BedrockAnswers.throttled();
        }
        Function<String, WireAnswer> scripted = (BedrockAnswers.isReview(body) ? reviews : stories).poll();
        if (scripted != null) {
            return scripted.apply(body);
        }
        int cached = promptCacheTokens;
        String prefix = cached > 0 ? BedrockAnswers.cachedPrefix(body) : null;
        if (prefix == null) {
            return BedrockAnswers.answer(path, body);
        }
        boolean written = cachedPrefixes.add(modelId + '\n' + prefix);
        return BedrockAnswers.answer(path, body, written ? 0 : cached, written ? cached : 0);
    }

    private boolean throttleNow() {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return true;
        }
        Random random = throttleAtRandom;
        if (random == null) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < throttleShare;
        }
    }

    /** Answers the stand-in's own stubs from the scripts and {@link BedrockAnswers}. */
    private final class Answers implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            WireAnswer answer = answer(event.getRequest().getUrl().replaceFirst("\\?.*", ""),
                    event.getRequest().getBodyAsString());
            ResponseDefinitionBuilder builder = wire(answer);
            if (!delay.isZero()) {
                builder.withFixedDelay((int) delay.toMillis());
            }
            return builder.build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return transformerName;
        }
    }
}
