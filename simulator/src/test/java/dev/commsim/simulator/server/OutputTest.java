package dev.commsim.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commsim.simulator.support.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a simulator prints. Quiet by default: no Undertow or XNIO INFO lines, in an embedded start (a user's
 * test output, the contract kit's) or on the command line, whose only line says where it listens. With
 * {@code --log-requests}, one line per request.
 */
class OutputTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String REQUEST_LINE = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} %s %s %s \\d+us";

    @Test
    void anEmbeddedStartPrintsNothing() throws Exception {
        try (ChildJava child = ChildJava.start(EmbeddedStart.class, Map.of())) {
            assertThat(child.awaitExit(DEADLINE)).isZero();
            assertThat(child.output()).containsExactly("embedded simulator started, answered and closed");
        }
    }

    @Test
    void anEmbeddedStartLogsRequestsWhenAsked() throws Exception {
        try (ChildJava child = ChildJava.start(EmbeddedStart.class, Map.of(), "--log-requests")) {
            assertThat(child.awaitExit(DEADLINE)).isZero();
            List<String> output = child.output();
            assertThat(output).hasSize(2);
            assertThat(output.get(0)).matches(REQUEST_LINE.formatted("GET", "/_sim/health", "200"));
        }
    }

    @Test
    void theCommandLinePrintsWhereItListensAndNothingElse() throws Exception {
        try (ChildJava child = ChildJava.start(Main.class, Map.of(), "--port", "0")) {
            Wire wire = new Wire(listening(child));
            assertThat(wire.send("GET", "/groups", Map.of("Authorization", "Bearer tok"), null).status()).isEqualTo(200);
            child.stop();
            child.awaitExit(DEADLINE);
            assertThat(child.output()).hasSize(1);
        }
    }

    @Test
    void theCommandLineLogsOneLinePerRequestWhenAsked() throws Exception {
        try (ChildJava child = ChildJava.start(Main.class, Map.of("COMMSIM_LOG_REQUESTS", "true"), "--port", "0")) {
            Wire wire = new Wire(listening(child));
            Map<String, String> alice = Map.of("Authorization", "Bearer tok-alice", "Content-Type", "application/json");
            wire.send("POST", "/communities", alice, "{\"subject\":\"Hub\"}".getBytes(StandardCharsets.UTF_8));
            wire.send("GET", "/groups?count=5", alice, null);
            wire.send("GET", "/no/such/path", alice, null);
            // A POST: the JDK client would send a GET again on a new connection after the drop.
            wire.send("POST", "/_sim/faults", Map.of(), "{\"path\":\"/groups\",\"method\":\"POST\",\"drop\":true}"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] group = "{\"subject\":\"G\",\"participants\":[\"15551110002\"]}".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> wire.send("POST", "/groups", alice, group)).as("a dropped connection");
            wire.send("POST", "/_sim/reset", Map.of(), null);
            // A line is written when its exchange completes, which may be just after the client has the answer.
            List<String> requests = new ArrayList<>();
            while (requests.size() < 6) {
                String line = child.nextLine(DEADLINE);
                assertThat(line).as("request line %d of 6, after %s", requests.size() + 1, requests).isNotNull();
                requests.add(line);
            }
            child.stop();
            child.awaitExit(DEADLINE);
            assertThat(child.output()).as("nothing more after the six requests").hasSize(7);
            assertThat(requests.get(0)).matches(REQUEST_LINE.formatted("POST", "/communities", "200"));
            assertThat(requests.get(1)).matches(REQUEST_LINE.formatted("GET", "/groups\\?count=5", "200"));
            assertThat(requests.get(2)).matches(REQUEST_LINE.formatted("GET", "/no/such/path", "404"));
            assertThat(requests.get(3)).matches(REQUEST_LINE.formatted("POST", "/_sim/faults", "201"));
            assertThat(requests.get(4)).matches(REQUEST_LINE.formatted("POST", "/groups", "dropped"));
            assertThat(requests.get(5)).matches(REQUEST_LINE.formatted("POST", "/_sim/reset", "200"));
        }
    }

    private static String listening(ChildJava child) throws InterruptedException {
        String line = child.nextLine(DEADLINE);
        assertThat(line).as("the first line printed").isNotNull().startsWith("Commsim listening on http://");
        return line.substring("Commsim listening on ".length()).split(" ")[0];
    }
}
