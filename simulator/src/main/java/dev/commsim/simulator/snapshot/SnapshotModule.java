package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.control.ControlEndpoint;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.control.ControlReplies;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Outcome;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /_sim/state} exports the world as a snapshot, {@code PUT /_sim/state} imports one;
 * {@code GET /_sim/scenarios} lists named scenarios; {@code POST /_sim/scenarios} loads one by
 * {@code {"name": …}} or posted whole as {@code {"scenario": {…}}}. Each replaces the world, after
 * checking it against the rules; a refused document changes nothing.
 */
public final class SnapshotModule implements ControlModule {
    private final Snapshots snapshots;
    private final ScenarioLibrary scenarios;

    public SnapshotModule(Snapshots snapshots, ScenarioLibrary scenarios) {
        this.snapshots = snapshots;
        this.scenarios = scenarios;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.STATE, call -> Reply.ok(snapshots.export()));
        tasks.on(ControlEndpoint.LOAD_STATE, call -> importState(call.body()));
        tasks.on(ControlEndpoint.SCENARIOS, call -> list());
        tasks.on(ControlEndpoint.LOAD_SCENARIO, call -> loadScenario(call.body()));
    }

    private Reply importState(JsonRequest body) {
        if (!body.ok()) {
            return ControlReplies.error(400, body.problem() + "; send a snapshot as GET /_sim/state gives it");
        }
        JsonNode document = body.root();
        return answer(snapshots.load(document), null);
    }

    private Reply list() {
        ArrayNode names = Json.array();
        try {
            scenarios.names().forEach(names::add);
        } catch (IOException e) {
            return ControlReplies.error(500, "the scenario library could not be read: " + e.getMessage());
        }
        return Reply.ok(Json.object().set("scenarios", names));
    }

    private Reply loadScenario(JsonRequest body) {
        if (!body.ok()) {
            return ControlReplies.error(400, body.problem() + "; send {\"name\": \"<scenario>\"} or {\"scenario\": {…}}");
        }
        JsonNode request = body.root();
        JsonNode inline = request.get("scenario");
        JsonNode nameNode = request.get("name");
        if ((inline == null) == (nameNode == null)) {
            return ControlReplies.error(400, "give exactly one of 'name' or 'scenario'");
        }
        if (inline != null) {
            return answer(snapshots.load(inline), nameNode == null ? "posted" : nameNode.asText());
        }
        String name = nameNode.isTextual() ? nameNode.textValue() : null;
        if (!ScenarioLibrary.validName(name)) {
            return ControlReplies.error(400, "'name' must be a scenario name (letters, digits, '.', '_', '-')");
        }
        Optional<JsonNode> document;
        try {
            document = scenarios.find(name);
        } catch (IOException e) {
            return ControlReplies.error(400, "scenario '" + name + "' is not valid JSON: " + e.getMessage());
        }
        if (document.isEmpty()) {
            return ControlReplies.error(404, "no scenario named '" + name + "'; GET /_sim/scenarios lists them");
        }
        return answer(snapshots.load(document.get()), name);
    }

    private static Reply answer(Outcome<Snapshots.LoadSummary> outcome, String scenario) {
        if (outcome instanceof Outcome.Refused<Snapshots.LoadSummary> refused) {
            return ControlReplies.error(422, refused.detail());
        }
        Snapshots.LoadSummary summary = ((Outcome.Ok<Snapshots.LoadSummary>) outcome).value();
        ObjectNode node = Json.object().put("loaded", true);
        if (scenario != null) {
            node.put("scenario", scenario);
        }
        return Reply.ok(node.put("channels", summary.channels()).put("groups", summary.groups())
                .put("communities", summary.communities()).put("messages", summary.messages()));
    }
}
