package io.storyweave.bench;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.TlsTrustManagersProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13: which synchronous HTTP client both plugins use, the AWS SDK's Apache 5 client or its URL-connection
 * client. Same process, same loopback stub (a JDK HttpServer, plain and TLS, answering a 5-page Converse answer at
 * once), the same {@link BedrockRuntimeClient} pipeline configured as the Bedrock provider configures its own;
 * the two clients alternate round by round. Also a cold first call in fresh JVMs, as the command line makes it.
 *
 * <pre>mvn -Pbench -pl benchmarks -am -DskipTests package
 * java -cp benchmarks/target/storyweave-benchmarks.jar io.storyweave.bench.HttpClientComparison</pre>
 */
public final class HttpClientComparison {
    private static final char[] PASSWORD = "bench-only".toCharArray();
    private static final int ROUNDS = 5;
    private static final int SEQUENTIAL_CALLS = 200;
    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 60;

    private HttpClientComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cold")) {
            cold(args[1], URI.create(args[2]), Path.of(args[3]));
            return;
        }
        Path keystore = selfSignedKeystore();
        try (Stub plain = new Stub(false, keystore); Stub tls = new Stub(true, keystore)) {
            for (Stub stub : List.of(plain, tls)) {
                compare(stub, keystore);
            }
            coldStarts(tls, keystore);
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    private static void compare(Stub stub, Path keystore) throws Exception {
        Map<String, SdkHttpClient> http = new LinkedHashMap<>();
        http.put("apache5", http("apache5", keystore));
        http.put("urlconnection", http("urlconnection", keystore));
        Map<String, BedrockRuntimeClient> clients = new LinkedHashMap<>();
        http.forEach((name, client) -> clients.put(name, bedrock(client, stub.endpoint())));
        ConverseRequest request = request();
        for (BedrockRuntimeClient client : clients.values()) {
            for (int i = 0; i < 500; i++) {
                client.converse(request);
            }
            concurrent(client, request, stub);
        }
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        Map<String, List<Double>> throughput = new LinkedHashMap<>();
        Map<String, List<Integer>> connections = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> order = new ArrayList<>(clients.keySet());
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String name : order) {
                BedrockRuntimeClient client = clients.get(name);
                for (int i = 0; i < SEQUENTIAL_CALLS; i++) {
                    long start = System.nanoTime();
                    client.converse(request);
                    latencies.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - start);
                }
                stub.connections.clear();
                double perSecond = concurrent(client, request, stub);
                throughput.computeIfAbsent(name, k -> new ArrayList<>()).add(perSecond);
                connections.computeIfAbsent(name, k -> new ArrayList<>()).add(stub.connections.size());
            }
        }
        System.out.printf("%n%s, %d rounds, clients alternating%n", stub.kind(), ROUNDS);
        System.out.printf("%-14s %12s %12s %12s %16s %22s%n", "client", "seq median", "seq p90", "seq p99",
                THREADS + " threads/s", "connections per round");
        for (String name : clients.keySet()) {
            long[] sorted = latencies.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
            double[] rates = throughput.get(name).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-14s %9.0f µs %9.0f µs %9.0f µs %16.0f %22s%n", name,
                    sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.9)] / 1e3,
                    sorted[(int) (sorted.length * 0.99)] / 1e3, rates[rates.length / 2], connections.get(name));
        }
        clients.values().forEach(BedrockRuntimeClient::close);
        http.values().forEach(SdkHttpClient::close);
    }

    private static double concurrent(BedrockRuntimeClient client, ConverseRequest request, Stub stub) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        client.converse(request);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            return THREADS * CALLS_PER_THREAD / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void coldStarts(Stub tls, Path keystore) throws Exception {
        Map<String, List<Long>> firstCall = new LinkedHashMap<>();
        String classPath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 7; i++) {
            for (String name : i % 2 == 0 ? List.of("apache5", "urlconnection") : List.of("urlconnection", "apache5")) {
                Process child = new ProcessBuilder(java, "-cp", classPath, HttpClientComparison.class.getName(), "cold",
                        name, tls.endpoint().toString(), keystore.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!child.waitFor(2, TimeUnit.MINUTES) || child.exitValue() != 0) {
                    throw new IllegalStateException("cold child failed: " + out);
                }
                firstCall.computeIfAbsent(name, k -> new ArrayList<>()).add(Long.parseLong(out.replaceAll("\\D+", "")));
            }
        }
        System.out.printf("%nCold: a fresh JVM, JVM start to the first Converse answer over TLS (7 runs each)%n");
        firstCall.forEach((name, ms) -> {
            long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-14s median %d ms, all %s%n", name, sorted[sorted.length / 2], Arrays.toString(sorted));
        });
    }

    private static void cold(String name, URI endpoint, Path keystore) throws Exception {
        try (SdkHttpClient http = http(name, keystore); BedrockRuntimeClient client = bedrock(http, endpoint)) {
            client.converse(request());
            System.out.println("first=" + ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /** Each client as the plugins build theirs: 120 s socket timeout, 10 s connect timeout, 64 connections. */
    private static SdkHttpClient http(String name, Path keystore) throws Exception {
        TlsTrustManagersProvider trust = trust(keystore);
        return switch (name) {
            case "apache5" -> Apache5HttpClient.builder().maxConnections(64).socketTimeout(Duration.ofSeconds(120))
                    .connectionTimeout(Duration.ofSeconds(10)).tlsTrustManagersProvider(trust).build();
            case "urlconnection" -> UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(120))
                    .connectionTimeout(Duration.ofSeconds(10)).tlsTrustManagersProvider(trust).build();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static BedrockRuntimeClient bedrock(SdkHttpClient http, URI endpoint) {
        return BedrockRuntimeClient.builder().region(Region.of(RawConverse.REGION))
                .credentialsProvider(RawConverse.CREDENTIALS).endpointOverride(endpoint).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(120)))
                .build();
    }

    private static ConverseRequest request() {
        return ConverseRequest.builder().modelId(RawConverse.MODEL_ID)
                .messages(Message.builder().role(ConversationRole.USER)
                        .content(ContentBlock.fromText("Write a five-page story about a red sun.")).build())
                .build();
    }

    private static TlsTrustManagersProvider trust(Path keystore) throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(keystore));
        return factory::getTrustManagers;
    }

    private static KeyStore load(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** A throwaway self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private static Path selfSignedKeystore() throws Exception {
        Path keystore = Files.createTempFile("storyweave-bench-tls", ".p12");
        Files.delete(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!keytool.waitFor(1, TimeUnit.MINUTES) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        return keystore;
    }

    /** The Converse stand-in on a free loopback port; remembers the client ports it saw (one per connection). */
    private static final class Stub implements AutoCloseable {
        final Set<Integer> connections = ConcurrentHashMap.newKeySet();
        private final HttpServer server;
        private final ExecutorService workers = Executors.newFixedThreadPool(8);
        private final boolean tls;

        Stub(boolean tls, Path keystore) throws Exception {
            this.tls = tls;
            System.setProperty("sun.net.httpserver.nodelay", "true");
            byte[] answer = io.storyweave.testing.bedrock.BedrockAnswers.story(BedrockStub.PAGES).body();
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keystore), PASSWORD);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                HttpsServer https = HttpsServer.create(address, 512);
                https.setHttpsConfigurator(new HttpsConfigurator(context));
                server = https;
            } else {
                server = HttpServer.create(address, 512);
            }
            server.createContext("/", exchange -> {
                connections.add(exchange.getRemoteAddress().getPort());
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("x-amzn-RequestId", "bench-request");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.setExecutor(workers);
            server.start();
        }

        URI endpoint() {
            return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort());
        }

        String kind() {
            return tls ? "TLS (HttpsServer)" : "plain HTTP (HttpServer)";
        }

        @Override
        public void close() {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
