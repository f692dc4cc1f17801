package dev.commsim.simulator.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.WorldEvent;
import java.util.List;
import java.util.Locale;

/** JSON of journal entries and world events, as the control plane shows them. */
public final class JournalJson {
    private JournalJson() {
    }

    public static ObjectNode entry(JournalEntry entry) {
        ObjectNode node = Json.object();
        node.put("sequence", entry.sequence());
        node.put("at", entry.atMillis());
        node.put("dialect", entry.dialect());
        node.put("channel", entry.channel());
        node.put("method", entry.method());
        node.put("path", entry.path());
        node.put("status", entry.status());
        node.put("latencyMillis", Math.round(entry.latencyMillis() * 1000) / 1000.0);
        node.put("outcome", entry.outcome());
        node.set("events", events(entry.events()));
        return node;
    }

    public static ArrayNode events(List<WorldEvent> events) {
        ArrayNode array = Json.array();
        events.forEach(event -> array.add(event(event)));
        return array;
    }

    public static ObjectNode event(WorldEvent event) {
        ObjectNode node = Json.object();
        node.put("type", event.type().name().toLowerCase(Locale.ROOT));
        node.put("chatId", event.chatId());
        if (event.communityId() != null) {
            node.put("communityId", event.communityId());
        }
        ArrayNode phones = node.putArray("phones");
        event.phones().forEach(phones::add);
        node.put("actor", event.actor());
        if (event.cause() != null) {
            node.put("cause", event.cause());
        }
        if (event.detail() != null) {
            node.put("detail", event.detail());
        }
        node.put("at", event.atMillis());
        return node;
    }
}
