package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the documented Whapi exchanges in {@code fixtures/exchanges/whapi/} and checks that the
 * simulator answers with the documented status and at least every documented field, each of the
 * documented JSON type. The documented examples are the oracle; the ids differ, the shape may not.
 */
class DocumentedExchangesTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();
    private static final Path FIXTURES = Path.of("..", "fixtures", "exchanges", "whapi");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WhapiClient alice;
    private WhapiClient bob;
    private Map<String, String> placeholders;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        WhapiClient.Community hub = alice.createCommunity("Company Hub");
        WhapiClient.Community other = alice.createCommunity("Other");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);
        placeholders = Map.of("{community}", hub.id(), "{otherCommunity}", other.id(),
                "{group}", engineering, "{announcement}", hub.announcementId());
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExchangeHasTheDocumentedStatusAndShape() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FIXTURES)) {
            files = listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
    }

    private void replay(Path file) throws IOException {
        JsonNode exchange = JSON.readTree(file.toFile());
        JsonNode request = exchange.get("request");
        WhapiClient actor = "member".equals(exchange.path("actor").asText()) ? bob : alice;
        String path = substitute(request.get("path").asText());
        var spec = actor.raw();
        if (request.has("body")) {
            spec = spec.body(substitute(request.get("body").toString()));
        }
        Response response = spec.request(request.get("method").asText(), path);

        assertThat(response.statusCode()).as(file + " status").isEqualTo(exchange.at("/response/status").asInt());
        List<String> problems = new ArrayList<>();
        compareShape("$", exchange.at("/response/body"), JSON.readTree(response.asString()), problems);
        assertThat(problems).as(file + " shape differences").isEmpty();
    }

    private String substitute(String text) {
        String result = text;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** Every documented field exists in the actual answer with the same JSON type; list items match some actual item. */
    private static void compareShape(String where, JsonNode documented, JsonNode actual, List<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(where + " is missing");
            return;
        }
        if (documented.getNodeType() != actual.getNodeType()) {
            problems.add(where + " is " + actual.getNodeType() + ", documented " + documented.getNodeType());
            return;
        }
        if (documented.isObject()) {
            for (Iterator<String> names = documented.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                compareShape(where + "." + name, documented.get(name), actual.get(name), problems);
            }
        } else if (documented.isArray()) {
            for (int i = 0; i < documented.size(); i++) {
                matchSomeItem(where + "[" + i + "]", documented.get(i), actual, problems);
            }
        }
    }

    /** A documented list item must have its shape in at least one actual item (ids and order differ). */
    private static void matchSomeItem(String where, JsonNode documented, JsonNode actual, List<String> problems) {
        List<String> closest = null;
        for (JsonNode item : actual) {
            List<String> attempt = new ArrayList<>();
            compareShape(where, documented, item, attempt);
            if (attempt.isEmpty()) {
                return;
            }
            if (closest == null || attempt.size() < closest.size()) {
                closest = attempt;
            }
        }
        problems.addAll(closest == null ? List.of(where + ": no item, documented with items") : closest);
    }
}
