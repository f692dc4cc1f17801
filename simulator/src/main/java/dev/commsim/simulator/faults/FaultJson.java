package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;

/** Rules and limits as the control plane shows them: the posted fields (absent ones left out) plus counts. */
final class FaultJson {
    private FaultJson() {
    }

    static ObjectNode rule(FaultRule rule) {
        FaultSpec spec = rule.spec();
        FaultMatch match = spec.match();
        FaultAction action = spec.action();
        ObjectNode node = Json.object().put("id", rule.id());
        if (match.dialect() != null) {
            node.put("dialect", match.dialect().wireName());
        }
        putIfPresent(node, "method", match.method());
        putIfPresent(node, "path", match.path() == null ? null : match.path().glob());
        putIfPresent(node, "channel", match.channel());
        if (action.status() != null) {
            node.put("status", action.status());
        }
        if (action.body() != null) {
            node.set("body", action.body().deepCopy());
        }
        putIfPresent(node, "message", action.message());
        if (action.delayMillis() > 0) {
            node.put("delayMillis", action.delayMillis());
        }
        if (action.delayRandom() != null) {
            node.set("delayRandomMillis", Json.object()
                    .put("min", action.delayRandom().min()).put("max", action.delayRandom().max()));
        }
        if (action.drop()) {
            node.put("drop", true);
        }
        if (spec.times() != null) {
            node.put("times", spec.times());
        }
        if (spec.probability() != null) {
            node.put("probability", spec.probability());
        }
        node.put("seed", spec.seed());
        FaultRule.Counts counts = rule.counts();
        node.put("fired", counts.fired());
        if (counts.remaining() == null) {
            node.putNull("remaining");
        } else {
            node.put("remaining", counts.remaining());
        }
        return node;
    }

    static ObjectNode limit(RateLimit limit) {
        ObjectNode node = Json.object();
        if (limit.dialect() != null) {
            node.put("dialect", limit.dialect().wireName());
        }
        putIfPresent(node, "channel", limit.channel());
        return node.put("requests", limit.requests()).put("windowSeconds", limit.windowSeconds());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
