package dev.commsim.simulator.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record mode against a second simulator standing in for the provider: requests and answers pass
 * unchanged, the channel's world is read before its first request, every exchange is appended, no
 * credential reaches the file, {@code /_sim/} stays local, and a dead upstream gives a provider-shaped 502.
 */
class RecordingProxyTest {
    private static final String ALICE_TOKEN = "wh4p1-alice-secret-token-000000001";
    private static final String INSTANCE = "3E987B16F401B0FF1B8DA2BF932F5DDF";
    private static final String ZAPI_TOKEN = "A1B2C3D4E5F6A1B2C3D4E5F6";
    private static final String CLIENT_TOKEN = "F1C2A3B4-client-token";
    private static final String WRONG_CLIENT_TOKEN = "wrong-client-token-123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private Simulator upstream;
    private RecordingProxy proxy;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        upstream = Simulator.start(SimulatorSettings.defaults().withPort(0));
        send(upstream.baseUrl(), "POST", "/_sim/channels", json("""
                {"dialect":"whapi","token":"%s","phone":"15551110001"}""".formatted(ALICE_TOKEN)), List.of());
        send(upstream.baseUrl(), "POST", "/_sim/channels", json("""
                {"dialect":"zapi","instanceId":"%s","token":"%s","clientToken":"%s","phone":"15551110002"}"""
                .formatted(INSTANCE, ZAPI_TOKEN, CLIENT_TOKEN)), List.of());
        proxy = RecordingProxy.start(Listener.loopback(),
                new RecordSettings(folder.resolve("session.jsonl"), URI.create(upstream.baseUrl()),
                        URI.create(upstream.baseUrl()), null));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.close();
    }

    @Test
    void theClientGetsTheUpstreamsAnswerAndTheRecordingKeepsEachExchangeAfterTheChannelsWorld() throws Exception {
        HttpResponse<String> created = send(proxy.baseUrl(), "POST", "/communities",
                json("{\"subject\":\"Company Hub\",\"description\":\"Team groups\"}"), bearer(ALICE_TOKEN));
        HttpResponse<String> listed = send(proxy.baseUrl(), "GET", "/groups?count=5", null, bearer(ALICE_TOKEN));

        assertThat(created.statusCode()).isEqualTo(200);
        String community = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> direct = send(upstream.baseUrl(), "GET", "/groups?count=5", null, bearer(ALICE_TOKEN));
        assertThat(listed.body()).isEqualTo(direct.body());
        assertThat(listed.headers().firstValue("Content-Type")).isEqualTo(direct.headers().firstValue("Content-Type"));

        Recording recording = Recording.read(proxy.recording());
        assertThat(recording.header().source()).isEqualTo("proxy");
        assertThat(recording.channels()).containsExactly(new RecordedChannel("whapi-1", "whapi", "15551110001"));
        assertThat(recording.exchanges()).extracting(e -> e.by() + " " + e.method() + " " + e.pathAndQuery())
                .containsExactly(
                        "recorder GET /health",
                        "recorder GET /communities?count=500&offset=0",
                        "recorder GET /groups?count=500&offset=0",
                        "client POST /communities",
                        "client GET /groups?count=5");
        RecordedExchange create = recording.exchanges().get(3);
        assertThat(create.seq()).isEqualTo(4);
        assertThat(create.channel()).isEqualTo("whapi-1");
        assertThat(create.request().json().get("subject").asText()).isEqualTo("Company Hub");
        assertThat(create.status()).isEqualTo(200);
        assertThat(create.response().json().get("id").asText()).isEqualTo(community);
        assertThat(create.upstreamError()).isNull();
        assertThat(recording.exchanges().get(4).response().json()).isEqualTo(JSON.readTree(direct.body()));
    }

    @Test
    void zapiIsChosenByPathAndItsChannelIsReadThroughZapisOwnEndpoints() throws Exception {
        String base = "/instances/" + INSTANCE + "/token/" + ZAPI_TOKEN;
        HttpResponse<String> created = send(proxy.baseUrl(), "POST", base + "/create-group",
                json("{\"autoInvite\":false,\"groupName\":\"Engineering\",\"phones\":[\"15551110003\"]}"),
                List.of("Client-Token", CLIENT_TOKEN));

        assertThat(created.statusCode()).isEqualTo(200);
        Recording recording = Recording.read(proxy.recording());
        assertThat(recording.channels()).extracting(RecordedChannel::label, RecordedChannel::dialect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zapi-1", "zapi"));
        assertThat(recording.exchanges()).extracting(e -> e.by() + " " + e.method() + " " + e.pathAndQuery())
                .containsExactly(
                        "recorder GET /device",
                        "recorder GET /groups?page=1&pageSize=100",
                        "recorder GET /communities?page=1&pageSize=100",
                        "client POST /create-group");
    }

    @Test
    void noCredentialReachesTheFileNotEvenWhereTheProviderEchoesOne() throws Exception {
        String base = "/instances/" + INSTANCE + "/token/" + ZAPI_TOKEN;
        send(proxy.baseUrl(), "GET", "/groups?token=" + ALICE_TOKEN + "&count=3", null, List.of());
        send(proxy.baseUrl(), "POST", "/communities", json("{\"subject\":\"" + ALICE_TOKEN + "\"}"), bearer(ALICE_TOKEN));
        send(proxy.baseUrl(), "GET", base + "/groups", null, List.of("Client-Token", CLIENT_TOKEN));
        HttpResponse<String> refused = send(proxy.baseUrl(), "GET", base + "/groups", null,
                List.of("Client-Token", WRONG_CLIENT_TOKEN));
        assertThat(refused.body()).contains(WRONG_CLIENT_TOKEN); // the provider echoes it; the client sees it unchanged

        String file = Files.readString(proxy.recording());
        for (String secret : List.of(ALICE_TOKEN, INSTANCE, ZAPI_TOKEN, CLIENT_TOKEN, WRONG_CLIENT_TOKEN)) {
            assertThat(file).doesNotContain(secret);
        }
        assertThat(file).contains("Client-Token REDACTED not allowed");
        Recording recording = Recording.read(proxy.recording());
        assertThat(recording.exchanges()).filteredOn(e -> e.by().equals("client"))
                .extracting(RecordedExchange::pathAndQuery)
                .containsExactly("/groups?count=3", "/communities", "/groups", "/groups");
    }

    @Test
    void controlPlanePathsAreNeverForwarded() throws Exception {
        HttpResponse<String> reset = send(proxy.baseUrl(), "POST", "/_sim/reset", null, List.of());
        HttpResponse<String> health = send(proxy.baseUrl(), "GET", "/_sim/health", null, List.of());
        HttpResponse<String> status = send(proxy.baseUrl(), "GET", "/_sim/recording", null, List.of());

        assertThat(reset.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(reset.body()).get("error").asText()).contains("never forwarded");
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"mode\":\"record\"}");
        assertThat(JSON.readTree(status.body()).get("exchanges").asInt()).isZero();
        JsonNode channels = JSON.readTree(send(upstream.baseUrl(), "GET", "/_sim/channels", null, List.of()).body());
        assertThat(channels.toString()).contains(ALICE_TOKEN); // the upstream kept its channels: no reset reached it
        assertThat(Recording.read(proxy.recording()).exchanges()).isEmpty();
    }

    @Test
    void aDeadUpstreamGivesAProviderShaped502AndIsRecordedAsSuch() throws Exception {
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        try (RecordingProxy broken = RecordingProxy.start(Listener.loopback(),
                new RecordSettings(folder.resolve("broken.jsonl"), URI.create("http://127.0.0.1:" + dead),
                        URI.create("http://127.0.0.1:" + dead), null))) {
            HttpResponse<String> whapi = send(broken.baseUrl(), "POST", "/groups",
                    json("{\"subject\":\"x\",\"participants\":[\"15551110003\"]}"), bearer(ALICE_TOKEN));
            HttpResponse<String> zapi = send(broken.baseUrl(), "GET",
                    "/instances/" + INSTANCE + "/token/" + ZAPI_TOKEN + "/groups", null, List.of());

            assertThat(whapi.statusCode()).isEqualTo(502);
            JsonNode error = JSON.readTree(whapi.body()).get("error");
            assertThat(error.get("code").asInt()).isEqualTo(502);
            assertThat(error.get("message").asText()).isEqualTo("Bad Gateway");
            assertThat(error.get("details").asText()).startsWith("http://127.0.0.1:" + dead + " gave no answer: ");
            assertThat(zapi.statusCode()).isEqualTo(502);
            assertThat(JSON.readTree(zapi.body()).get("error").asText()).startsWith("Bad Gateway: http://127.0.0.1:");

            Recording recording = Recording.read(broken.recording());
            // The world's first read finds the upstream dead: the capture stops there.
            assertThat(recording.exchanges()).extracting(e -> e.by() + " " + e.pathAndQuery() + " " + e.status())
                    .containsExactly("recorder /health 502", "client /groups 502", "recorder /device 502",
                            "client /groups 502");
            RecordedExchange failed = recording.exchanges().get(1);
            assertThat(failed.upstreamError()).contains("ConnectException");
            assertThat(failed.response().json()).isEqualTo(JSON.readTree(whapi.body()));
        }
    }

    @Test
    void anExistingRecordingIsNeverOverwritten() throws IOException {
        Path existing = Files.writeString(folder.resolve("old.jsonl"), "keep me\n");

        assertThatThrownBy(() -> RecordingProxy.start(Listener.loopback(),
                new RecordSettings(existing, URI.create(upstream.baseUrl()), null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me\n");
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static List<String> bearer(String token) {
        return List.of("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(String base, String method, String path, HttpRequest.BodyPublisher body,
                                      List<String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
