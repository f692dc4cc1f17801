package dev.commsim.simulator.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.WorldEvent;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whapi's group webhook payloads (whapi.md §6): {@code groups.post} with the group when the channel
 * was put in a new group, {@code groups.put} with {@code groups_participants} for roster changes —
 * propagation into an announcement group included. Entity array + {@code event} + {@code channel_id}.
 */
final class WhapiPayloads {
    private WhapiPayloads() {
    }

    /** The event name and payload for a Whapi channel, if Whapi has a webhook for this world event. */
    static Optional<Payload> of(WorldEvent event, String channelId, Function<String, ObjectNode> groupView) {
        return switch (event.type()) {
            case GROUP_CREATED -> Optional.ofNullable(groupView.apply(event.chatId()))
                    .map(group -> envelope("groups", "post", channelId, "groups", group));
            case PARTICIPANTS_ADDED -> Optional.of(participants(event, "add", channelId));
            case PARTICIPANTS_REMOVED -> Optional.of(participants(event, "remove", channelId));
            case PARTICIPANTS_PROMOTED -> Optional.of(participants(event, "promote", channelId));
            case PARTICIPANTS_DEMOTED -> Optional.of(participants(event, "demote", channelId));
            default -> Optional.empty();
        };
    }

    record Payload(String event, ObjectNode body) {
    }

    private static Payload participants(WorldEvent event, String action, String channelId) {
        ObjectNode change = Json.object();
        change.put("group_id", event.chatId() + "@g.us");
        event.phones().forEach(change.putArray("participants")::add);
        change.put("action", action);
        return envelope("groups", "put", channelId, "groups_participants", change);
    }

    private static Payload envelope(String type, String method, String channelId, String key, ObjectNode entity) {
        ObjectNode body = Json.object();
        body.putArray(key).add(entity);
        body.putObject("event").put("type", type).put("event", method);
        body.put("channel_id", channelId);
        return new Payload(type + "." + method, body);
    }
}
