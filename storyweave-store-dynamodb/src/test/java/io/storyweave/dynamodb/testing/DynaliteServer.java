package io.storyweave.dynamodb.testing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs dynalite (a DynamoDB implementation on Node.js, installed by this module's build with
 * {@code npm ci}) on a free loopback port, for tests. Start one with {@link #start()} or share
 * one per JVM with {@link #shared()}; {@link #stop()} and {@link #restart()} simulate DynamoDB
 * going away and coming back on the same endpoint. Every server is also stopped by a JVM
 * shutdown hook so no node process outlives the test run.
 *
 * <p>Finding dynalite: the system property {@code dynalite.cli} (path to {@code cli.js}) wins;
 * otherwise {@code node_modules/dynalite/cli.js} and
 * {@code storyweave-store-dynamodb/node_modules/dynalite/cli.js} are looked for in the working
 * directory and each directory above it. The {@code node} binary is {@code dynalite.node} or
 * {@code node} on the PATH.
 */
public final class DynaliteServer implements AutoCloseable {
    /** The region tests use. */
    public static final Region REGION = Region.US_EAST_1;
    /** Fake credentials: dynalite checks the signature's shape, not its value. */
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTESTTESTTEST", "test-secret-not-real"));

    private static final String MODULE = "storyweave-store-dynamodb";
    private static final String LOOPBACK = "127.0.0.1";
    private static final long START_TIMEOUT_MILLIS = 20_000;
    private static final List<DynaliteServer> RUNNING = new ArrayList<>();
    private static DynaliteServer shared;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<DynaliteServer> all;
            synchronized (RUNNING) {
                all = new ArrayList<>(RUNNING);
            }
            all.forEach(DynaliteServer::stop);
        }, "dynalite-shutdown"));
    }

    private final Path cli;
    private final int port;
    private final Path dataDirectory;
    private final Deque<String> output = new ArrayDeque<>();
    private Process process;

    private DynaliteServer(Path cli, int port, Path dataDirectory) {
        this.cli = cli;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts an in-memory server (data is lost on {@link #stop()}).
     *
     * @return the running server
     */
    public static DynaliteServer start() {
        return start(null);
    }

    /**
     * Starts a server that keeps its data in {@code dataDirectory}, so tables and items survive
     * {@link #restart()} like a real DynamoDB that was briefly unreachable.
     *
     * @param dataDirectory where LevelDB keeps the data, or {@code null} for in-memory
     * @return the running server
     */
    public static DynaliteServer start(Path dataDirectory) {
        DynaliteServer server = new DynaliteServer(findCli(), freePort(), dataDirectory);
        server.launch();
        return server;
    }

    /** @return one in-memory server for the whole JVM, started on first use; do not stop it */
    public static synchronized DynaliteServer shared() {
        if (shared == null || !shared.isRunning()) {
            shared = start();
        }
        return shared;
    }

    /** @return e.g. {@code http://127.0.0.1:43123} */
    public URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    /** @return the port it listens on (the same after {@link #restart()}) */
    public int port() {
        return port;
    }

    /** @return whether the node process is alive */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * @return a new client for this server (fake credentials, {@link #REGION}); close it when done
     */
    public DynamoDbClient newClient() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    /** Stops the node process (and waits for it) so the endpoint refuses connections. Idempotent. */
    public void stop() {
        Process running;
        synchronized (this) {
            running = process;
            process = null;
        }
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(5, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops and starts again on the same port (data survives only with a data directory). */
    public void restart() {
        stop();
        launch();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>(List.of(System.getProperty("dynalite.node", "node"), cli.toString(),
                "--host", LOOPBACK, "--port", Integer.toString(port),
                // Tables become ACTIVE quickly so table-creation tests stay fast.
                "--createTableMs", "50", "--deleteTableMs", "50", "--updateTableMs", "50"));
        if (dataDirectory != null) {
            command.add("--path");
            command.add(dataDirectory.toString());
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run node to start dynalite (" + command.get(0) + "): "
                    + e.getMessage() + ". Install Node.js 18+ or set -Ddynalite.node=/path/to/node.", e);
        }
        synchronized (RUNNING) {
            RUNNING.add(this);
        }
        drain(process);
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!accepts()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                String log = log();
                stop();
                throw new IllegalStateException("dynalite did not start on " + endpoint() + " (" + cli + "): " + log);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while starting dynalite", e);
            }
        }
    }

    private void drain(Process started) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (output) {
                        output.addLast(line);
                        if (output.size() > 50) {
                            output.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // The process ended; nothing more to read.
            }
        }, "dynalite-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    private String log() {
        synchronized (output) {
            return output.isEmpty() ? "(no output)" : String.join("\n", output);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for dynalite", e);
        }
    }

    /** @return the dynalite {@code cli.js} this helper would run */
    public static Path findCli() {
        String configured = System.getProperty("dynalite.cli");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("-Ddynalite.cli=" + configured + " is not a file");
            }
            return path;
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("node_modules/dynalite/cli.js"),
                    dir.resolve(MODULE).resolve("node_modules/dynalite/cli.js"))) {
                tried.add(candidate);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("dynalite is not installed: looked for " + tried + ". Run `npm ci` in "
                + MODULE + " (its Maven build does this in the generate-test-resources phase), or set"
                + " -Ddynalite.cli=/path/to/cli.js.");
    }
}
