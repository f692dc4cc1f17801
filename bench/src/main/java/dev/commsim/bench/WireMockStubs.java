package dev.commsim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * WireMock mapping files for the endpoints of the mix and {@code GET /health}. Each stub answers the
 * very body the simulator answered to that request, so both servers send the same bytes; the stubs
 * match on method and path only (no header or body matching), the cheapest work WireMock can do.
 */
final class WireMockStubs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockStubs() {
    }

    /** Sends each request of the mix once to the simulator and keeps the answers; the world ends as it began. */
    static Map<Op, String> capture(HttpConnection connection, ClientFixture fixture, String hostHeader)
            throws IOException {
        Map<Op, byte[][]> requests = fixture.requests(hostHeader);
        Map<Op, String> bodies = new EnumMap<>(Op.class);
        for (Op op : new Op[] {Op.LINK, Op.UNLINK, Op.ADD_PARTICIPANT, Op.REMOVE_PARTICIPANT, Op.LIST_GROUPS,
                Op.GET_GROUP, Op.SEND_TEXT}) {
            HttpConnection.Response response = connection.send(requests.get(op)[0], true);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.status() != 200) {
                throw new IOException(op.label() + " answered " + response.status() + ": " + body);
            }
            bodies.put(op, body);
        }
        return bodies;
    }

    static void write(Path root, Map<Op, String> bodies, String healthBody) throws IOException {
        Path mappings = Files.createDirectories(root.resolve("mappings"));
        Files.createDirectories(root.resolve("__files"));
        stub(mappings, "health", "GET", "urlPath", "/health", healthBody);
        stub(mappings, "list-groups", "GET", "urlPath", "/groups", bodies.get(Op.LIST_GROUPS));
        stub(mappings, "get-group", "GET", "urlPathPattern", "/groups/[^/]+", bodies.get(Op.GET_GROUP));
        stub(mappings, "add-participants", "POST", "urlPathPattern", "/groups/[^/]+/participants",
                bodies.get(Op.ADD_PARTICIPANT));
        stub(mappings, "remove-participants", "DELETE", "urlPathPattern", "/groups/[^/]+/participants",
                bodies.get(Op.REMOVE_PARTICIPANT));
        stub(mappings, "link", "PUT", "urlPathPattern", "/communities/[^/]+/[^/]+", bodies.get(Op.LINK));
        stub(mappings, "unlink", "DELETE", "urlPathPattern", "/communities/[^/]+/[^/]+", bodies.get(Op.UNLINK));
        stub(mappings, "send-text", "POST", "urlPath", "/messages/text", bodies.get(Op.SEND_TEXT));
    }

    private static void stub(Path dir, String name, String method, String matcher, String path, String body)
            throws IOException {
        ObjectNode mapping = JSON.createObjectNode();
        ObjectNode request = mapping.putObject("request");
        request.put("method", method);
        request.put(matcher, path);
        ObjectNode response = mapping.putObject("response");
        response.put("status", 200);
        response.put("body", body);
        response.putObject("headers").put("Content-Type", "application/json; charset=utf-8");
        Files.writeString(dir.resolve(name + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mapping));
    }
}
