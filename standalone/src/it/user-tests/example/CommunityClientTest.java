package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.admin.CommsimAdmin;
import dev.commsim.simulator.junit.Commsim;
import dev.commsim.simulator.junit.CommsimUrl;
import dev.commsim.simulator.server.Simulator;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's tests of their Whapi client code against Commsim, through @Commsim. */
@Commsim(maxCommunityMembers = 12)
class CommunityClientTest {

    @Test
    void aCommunityIsTwoTwinGroups(@CommsimUrl String baseUrl) throws Exception {
        Http.Answer created = Http.send("POST", baseUrl + "/communities", "my-token", "{\"subject\":\"Company Hub\"}");
        assertEquals(200, created.status());
        String community = created.body().path("id").asText();

        JsonNode groups = Http.send("GET", baseUrl + "/groups", "my-token", null).body().path("groups");
        assertEquals(2, groups.size());
        int parents = 0;
        int announcements = 0;
        for (JsonNode group : groups) {
            parents += group.path("is_parent").asBoolean() ? 1 : 0;
            announcements += community.equals(group.path("linkedParent").asText()) ? 1 : 0;
        }
        assertEquals(1, parents);
        assertEquals(1, announcements);
    }

    @Test
    void eachTestStartsFromAnEmptyWorldWithTheAnnotatedSettings(CommsimAdmin admin) throws Exception {
        // Commsim's JSON trees are its own (relocated) Jackson's: the user reads them through their own.
        JsonNode state = Http.JSON.readTree(admin.state().toString());
        assertEquals(0, state.path("groups").size());
        assertEquals(12, Http.JSON.readTree(admin.settings(Map.of()).toString()).path("maxCommunityMembers").asInt());
    }

    @Test
    void aRetryAfterA503StillLists(@CommsimUrl URI baseUrl, CommsimAdmin admin) throws Exception {
        admin.addFault(Map.of("path", "/groups", "status", 503, "times", 1));
        assertEquals(503, Http.send("GET", baseUrl + "/groups", "my-token", null).status());
        assertEquals(200, Http.send("GET", baseUrl + "/groups", "my-token", null).status());
        assertEquals(2, admin.journal(Map.of("path", "/groups")).size());
    }

    @Test
    void theSimulatorItselfIsInjectedToo(Simulator simulator, @CommsimUrl String baseUrl) {
        assertEquals(baseUrl, simulator.baseUrl());
        assertTrue(simulator.port() > 0);
    }
}
