package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.WorldSettings;
import java.util.List;
import java.util.Locale;

/** The control plane's JSON for settings, channels and recorded messages (snapshots use it too). Field names are a stable interface. */
public final class ControlJson {
    private ControlJson() {
    }

    public static ObjectNode settings(WorldSettings settings) {
        return Json.object()
                .put("maxCommunityMembers", settings.maxCommunityMembers())
                .put("maxLinkedGroups", settings.maxLinkedGroups())
                .put("maxGroupSize", settings.maxGroupSize())
                .put("unlinkPolicy", settings.unlinkPolicy().wireName())
                .put("strictAuth", settings.strictAuth());
    }

    public static ObjectNode channel(Channel channel) {
        ObjectNode node = Json.object().put("dialect", channel.dialect().wireName());
        switch (channel.dialect()) {
            case WHAPI -> node.put("token", channel.credential());
            case ZAPI -> {
                int slash = channel.credential().indexOf('/');
                node.put("instanceId", channel.credential().substring(0, slash));
                node.put("token", channel.credential().substring(slash + 1));
                if (channel.clientToken() != null) {
                    node.put("clientToken", channel.clientToken());
                }
            }
        }
        return node.put("phone", channel.phone()).put("declared", channel.declared());
    }

    public static ObjectNode message(Message message) {
        ObjectNode node = Json.object();
        node.put("id", message.id());
        if (message.secondaryId() != null) {
            node.put("secondaryId", message.secondaryId());
        }
        node.put("chatId", message.chatId());
        node.put("toGroup", message.toGroup());
        node.put("from", message.from());
        node.put("text", message.text());
        node.put("timestamp", message.timestampMillis());
        node.put("status", message.status().name().toLowerCase(Locale.ROOT));
        if (message.failure() != null) {
            node.put("failure", message.failure().name());
        }
        node.set("recipients", strings(message.recipients()));
        return node;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
