package dev.commsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceiling server starts as the bench starts it, and the bench's fixtures can be built on it. */
class EmptyServerTest {

    @Test
    void answersEveryRequestWithItsFixedJson() throws Exception {
        Path work = Files.createTempDirectory("empty-server-test");
        Servers servers = new Servers(work.resolve("none.jar"), work.resolve("none.jar"), work, work, List.of());
        try (ServerProcess server = servers.empty()) {
            server.awaitFirst200(Servers.healthRequest(server.port()), Duration.ofSeconds(60));

            ClientFixture fixture = Servers.fixtures(server.port(), 1).get(0);
            assertThat(fixture.communityId).isEqualTo("120363182246502036@g.us");
            assertThat(fixture.groupIds).hasSize(ClientFixture.GROUPS);
            try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, server.port(), 5_000)) {
                HttpConnection.Response answer = connection.send(HttpConnection.encode("DELETE", "/anything",
                        Servers.hostHeader(server.port()), "t", "{}"), true);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(EmptyServer.BODY, StandardCharsets.UTF_8));
            }
        }
    }
}
