package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.WorldEvent;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whapi's group webhook payloads (whapi.md §6): {@code groups.post} with the group when the channel
 * was put in a new group, {@code groups.put} with {@code groups_participants} for participant changes,
 * propagation into an announcement group included. Entity array + {@code event} + {@code channel_id}.
 */
final class WhapiPayloads {
    private WhapiPayloads() {
    }

    /**
     * The payload for a Whapi channel, if Whapi has a webhook for this world event; {@code group} is the
     * group as the channel sees it now (empty when it does not).
     */
    static Optional<Wire.Callback> of(WorldEvent event, String channelId, Function<String, Optional<GroupView>> group,
                                      String caller) {
        return switch (event.type()) {
            case GROUP_CREATED -> group.apply(event.chatId())
                    .map(view -> envelope("groups", "post", channelId, "groups", WhapiViews.group(view, caller)));
            case PARTICIPANTS_ADDED -> Optional.of(participants(event, "add", channelId));
            case PARTICIPANTS_REMOVED -> Optional.of(participants(event, "remove", channelId));
            case PARTICIPANTS_PROMOTED -> Optional.of(participants(event, "promote", channelId));
            case PARTICIPANTS_DEMOTED -> Optional.of(participants(event, "demote", channelId));
            default -> Optional.empty();
        };
    }

    private static Wire.Callback participants(WorldEvent event, String action, String channelId) {
        ObjectNode change = Json.object();
        change.put("group_id", WhapiIds.renderGroup(event.chatId()));
        event.phones().forEach(change.putArray("participants")::add);
        change.put("action", action);
        return envelope("groups", "put", channelId, "groups_participants", change);
    }

    private static Wire.Callback envelope(String type, String method, String channelId, String key, ObjectNode entity) {
        ObjectNode body = Json.object();
        body.putArray(key).add(entity);
        body.putObject("event").put("type", type).put("event", method);
        body.put("channel_id", channelId);
        return new Wire.Callback(type + "." + method, body);
    }
}
