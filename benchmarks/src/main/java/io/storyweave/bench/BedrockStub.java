package io.storyweave.bench;

import com.github.tomakehurst.wiremock.core.Options;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.storyweave.testing.bedrock.BedrockAnswers;
import io.storyweave.testing.bedrock.BedrockStandIn;
import io.storyweave.testing.bedrock.WireAnswer;

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

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A local Bedrock Runtime on a free loopback port for the benchmarks: every
 * {@code POST /model/{id}/converse} answers, after a fixed delay, with the testing kit's
 * {@link BedrockAnswers#story(int)}: a forced {@code write_story} call holding a story of
 * {@link #PAGES} pages, the page count every benchmark request asks for. Counts the Converse
 * requests it gets and keeps the last body.
 *
 * <p>Two transports serve that one answer, fixed once so that the stub spends as little CPU per
 * request as it can: the {@link BedrockStandIn} on WireMock (every benchmark), and a minimal JDK
 * {@code HttpServer}, which item 5 also runs against because on 2 cores WireMock's own CPU per
 * request caps the throughput that even the raw AWS SDK reaches.
 */
final class BedrockStub implements AutoCloseable {
    /** Pages of the story every benchmark request asks for (and so the stub writes). */
    static final int PAGES = 5;
    private static final WireAnswer ANSWER = BedrockAnswers.story(PAGES);

    private static final WireAnswer THROTTLED = BedrockAnswers.throttled();

    private final String kind;
    private final AtomicInteger delayMillis = new AtomicInteger();
    private volatile boolean throttling;
    private final AtomicInteger converseCalls = new AtomicInteger();
    private final AtomicReference<byte[]> lastBody = new AtomicReference<>();
    private final AutoCloseable server;
    private final int port;

    private BedrockStub(String kind, int delayMillis, boolean wiremock) {
        this.kind = kind;
        this.delayMillis.set(delayMillis);
        if (wiremock) {
            BedrockStandIn standIn = startStandIn();
            server = standIn;
            port = standIn.server().port();
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
     * @return a started stand-in on WireMock
     */
    static BedrockStub start(int delayMillis) {
        return new BedrockStub("WireMock", delayMillis, true);
    }

    /**
     * @param delayMillis fixed answer delay
     * @return a started minimal JDK HttpServer serving the stand-in's answers
     */
    static BedrockStub startJdk(int delayMillis) {
        return new BedrockStub("JDK HttpServer", delayMillis, false);
    }

    private BedrockStandIn startStandIn() {
        // Jetty threads hold delayed answers (200 is room for 100 coalescing callers and 64 in flight);
        // journal, logging, gzip and chunking off to keep the stub's CPU per request low on 2 cores.
        BedrockStandIn standIn = BedrockStandIn.create(o -> o.containerThreads(200).jettyAcceptors(1)
                .disableRequestJournal().stubRequestLoggingDisabled(true).gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)).start();
        standIn.stubFor(post(urlPathMatching("/model/[^/]+/converse"))
                .willReturn(BedrockStandIn.wire(ANSWER).withFixedDelay(this.delayMillis.get())));
        standIn.server().addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().endsWith("/converse")) {
                converseCalls.incrementAndGet();
                lastBody.set(request.getBody());
            }
        });
        return standIn;
    }

    private HttpServer startJdk(ScheduledExecutorService timer, ExecutorService workers) {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (+40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // The JDK server closes idle connections beyond 200: item 8's five contenders pool 64 each, and the
        // last to connect found its pooled connections closed (NoHttpResponseException on every attempt).
        System.setProperty("sun.net.httpserver.maxIdleConnections", "1000");
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
            if (throttling) {
                reply(exchange, THROTTLED);
                return;
            }
            // The delay runs on a timer, so a waiting answer holds no thread.
            timer.schedule(() -> reply(exchange, ANSWER), delayMillis.get(), TimeUnit.MILLISECONDS);
        });
        http.start();
        return http;
    }

    private static void reply(HttpExchange exchange, WireAnswer answer) {
        try (exchange) {
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            exchange.getResponseBody().write(answer.body());
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
        return delayMillis.get();
    }

    /**
     * Changes the delay of the answers to come (the JDK transport only; WireMock's is fixed at start).
     *
     * @param millis the new delay
     */
    void delayMillis(int millis) {
        delayMillis.set(millis);
    }

    /**
     * @param on whether every Converse request from now on gets Bedrock's ThrottlingException (429) at once
     *           (the JDK transport only)
     */
    void throttling(boolean on) {
        throttling = on;
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
}
