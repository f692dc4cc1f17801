package dev.commsim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two servers under test, started the same way: the same java, default JVM options, loopback only.
 * WireMock runs with its request journal and request logging off, its recommended settings for load.
 */
final class Servers {
    static final String HEALTH_TOKEN = "bench-client-0";

    private final Path simulatorJar;
    private final Path wiremockJar;
    private final Path wiremockRoot;
    private final Path logDir;
    private final List<String> jvmArgs;

    Servers(Path simulatorJar, Path wiremockJar, Path wiremockRoot, Path logDir, List<String> jvmArgs) {
        this.jvmArgs = List.copyOf(jvmArgs);
        this.simulatorJar = simulatorJar;
        this.wiremockJar = wiremockJar;
        this.wiremockRoot = wiremockRoot;
        this.logDir = logDir;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    ServerProcess simulator() throws IOException {
        return ServerProcess.start("commsim", java(), jvmArgs, List.of("-jar", simulatorJar.toString()),
                List.of("--port", "{port}"), logDir);
    }

    /** {@link EmptyServer}, from the bench's own class path (which holds the simulator's Undertow). */
    ServerProcess empty() throws IOException {
        return ServerProcess.start("empty", java(), jvmArgs,
                List.of("-cp", System.getProperty("java.class.path"), EmptyServer.class.getName()),
                List.of("--port", "{port}"), logDir);
    }

    ServerProcess wiremock() throws IOException {
        return ServerProcess.start("wiremock", java(), jvmArgs, List.of("-jar", wiremockJar.toString()), List.of(
                "--port", "{port}", "--bind-address", ServerProcess.HOST, "--root-dir", wiremockRoot.toString(),
                "--disable-banner", "--no-request-journal", "--disable-request-logging"), logDir);
    }

    /** The first request both servers must answer: {@code GET /health} as a Whapi client sends it. */
    static byte[] healthRequest(int port) {
        return HttpConnection.encode("GET", "/health", hostHeader(port), HEALTH_TOKEN, null);
    }

    static String hostHeader(int port) {
        return ServerProcess.HOST + ":" + port;
    }

    /** Builds the load clients' worlds on a running simulator. Same seed, same requests: same ids every run. */
    static List<ClientFixture> fixtures(int port, int clients) throws IOException {
        List<ClientFixture> fixtures = new ArrayList<>();
        try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port, 30_000)) {
            for (int i = 0; i < clients; i++) {
                fixtures.add(ClientFixture.create(connection, hostHeader(port), i));
            }
        }
        return fixtures;
    }

    /** Records the simulator's answers to each request of the mix and writes them as WireMock stubs. */
    void writeStubs() throws IOException, InterruptedException {
        try (ServerProcess simulator = simulator()) {
            int port = simulator.port();
            simulator.awaitFirst200(healthRequest(port), Duration.ofSeconds(60));
            ClientFixture fixture = fixtures(port, 1).get(0);
            try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port, 30_000)) {
                Map<Op, String> bodies = WireMockStubs.capture(connection, fixture, hostHeader(port));
                HttpConnection.Response health = connection.send(healthRequest(port), true);
                WireMockStubs.write(wiremockRoot, bodies, new String(health.body(), StandardCharsets.UTF_8));
            }
        }
    }
}
