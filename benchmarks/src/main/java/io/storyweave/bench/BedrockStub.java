package io.storyweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A local Bedrock Runtime stand-in on a free loopback port: every {@code POST /model/{id}/converse}
 * answers, after a fixed delay, with a forced {@code write_story} tool call holding a story that
 * passes StoryWeave's checks. Counts the Converse requests it gets and keeps the last body.
 *
 * <p>Two servers give the same answer: WireMock (the stub every benchmark uses), and a minimal JDK
 * {@code HttpServer} that item 5 also runs against, because on 2 cores WireMock's own CPU per
 * request caps the throughput that even the raw AWS SDK reaches.
 */
final class BedrockStub implements AutoCloseable {
    /** Pages of the story the stub writes; every benchmark request asks for this many. */
    static final int PAGES = 5;
    static final String PAGE_TEXT = "[HERO] can see a big red sun. [HERO] takes a deep breath. Can you see it too?";

    private final String kind;
    private final int delayMillis;
    private final AtomicInteger converseCalls = new AtomicInteger();
    private final AtomicReference<byte[]> lastBody = new AtomicReference<>();
    private final AutoCloseable server;
    private final int port;

    private BedrockStub(String kind, int delayMillis, boolean wiremock) {
        this.kind = kind;
        this.delayMillis = delayMillis;
        if (wiremock) {
            WireMockServer wm = startWireMock();
            server = wm::stop;
            port = wm.port();
        } else {
            ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("stub-timer"));
            ExecutorService workers = Executors.newFixedThreadPool(4, daemon("stub-worker"));
            HttpServer http = startJdk(timer, workers);
            server = () -> {
                http.stop(0);
                timer.shutdownNow();
                workers.shutdownNow();
            };
            port = http.getAddress().getPort();
        }
    }

    /**
     * @param delayMillis fixed answer delay
     * @return a started WireMock stub
     */
    static BedrockStub start(int delayMillis) {
        return new BedrockStub("WireMock", delayMillis, true);
    }

    /**
     * @param delayMillis fixed answer delay
     * @return a started minimal JDK HttpServer stub
     */
    static BedrockStub startJdk(int delayMillis) {
        return new BedrockStub("JDK HttpServer", delayMillis, false);
    }

    private WireMockServer startWireMock() {
        // Jetty threads hold delayed answers (200 is room for 100 coalescing callers and 64 in flight);
        // logging, gzip and chunking off to keep the stub's CPU per request low on 2 cores.
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(200)
                .jettyAcceptors(1)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));
        wm.addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().endsWith("/converse")) {
                converseCalls.incrementAndGet();
                lastBody.set(request.getBody());
            }
        });
        wm.start();
        wm.stubFor(post(urlPathMatching("/model/[^/]+/converse"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-RequestId", "bench-request")
                        .withFixedDelay(delayMillis)
                        .withBody(converseAnswer())));
        return wm;
    }

    private HttpServer startJdk(ScheduledExecutorService timer, ExecutorService workers) {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (+40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] answer = converseAnswer().getBytes(StandardCharsets.UTF_8);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.setExecutor(workers);
        http.createContext("/model/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestURI().getPath().endsWith("/converse")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            converseCalls.incrementAndGet();
            lastBody.set(body);
            // The delay runs on a timer, so a waiting answer holds no thread.
            timer.schedule(() -> reply(exchange, answer), delayMillis, TimeUnit.MILLISECONDS);
        });
        http.start();
        return http;
    }

    private static void reply(HttpExchange exchange, byte[] answer) {
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "bench-request");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** @return e.g. {@code WireMock} */
    String kind() {
        return kind;
    }

    int delayMillis() {
        return delayMillis;
    }

    /** @return Converse requests received so far */
    int converseCalls() {
        return converseCalls.get();
    }

    /** @return the body of the last Converse request */
    String lastBody() {
        byte[] body = lastBody.get();
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the stub failed", e);
        }
    }

    /** The Converse answer: a forced tool call with a story of {@link #PAGES} pages. */
    static String converseAnswer() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode input = json.createObjectNode().put("title", "[HERO] and the Red Sun");
        ArrayNode pages = input.putArray("pages");
        for (int i = 0; i < PAGES; i++) {
            pages.addObject().put("text", PAGE_TEXT);
        }
        ObjectNode answer = json.createObjectNode();
        ObjectNode toolUse = answer.putObject("output").putObject("message").put("role", "assistant")
                .putArray("content").addObject().putObject("toolUse");
        toolUse.put("toolUseId", "tooluse_bench").put("name", "write_story").set("input", input);
        answer.put("stopReason", "tool_use");
        answer.putObject("usage").put("inputTokens", 812).put("outputTokens", 164).put("totalTokens", 976);
        answer.putObject("metrics").put("latencyMs", 50);
        return answer.toString();
    }
}
