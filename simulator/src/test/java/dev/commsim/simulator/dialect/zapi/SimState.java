package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads of {@code GET /_sim/state}: what the world recorded, beyond what a channel may see. */
final class SimState {
    private final JsonPath state;

    private SimState(JsonPath state) {
        this.state = state;
    }

    static SimState of(RunningSimulator sim) {
        return new SimState(sim.control().get("/_sim/state").then().statusCode(200).extract().jsonPath());
    }

    /** The recorded message with this id, as the control plane shows it. */
    Map<String, Object> message(String id) {
        List<Map<String, Object>> messages = state.getList("messages");
        return messages.stream().filter(m -> id.equals(m.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no recorded message " + id));
    }

    int messageCount() {
        return state.getList("messages").size();
    }

    /** A community's admins (P's participants), by its bare id. */
    List<String> communityAdmins(String communityId) {
        return state.getList("communities.find { it.id == '" + communityId + "' }.admins");
    }

    String whoCanAddGroups(String communityId) {
        return state.getString("communities.find { it.id == '" + communityId + "' }.whoCanAddGroups");
    }

    List<String> directMembers(String communityId) {
        return state.getList("communities.find { it.id == '" + communityId + "' }.directMembers");
    }
}
