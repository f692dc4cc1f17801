package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.WorldEvent;
import java.util.Optional;

/**
 * Z-API's callbacks (zapi.md §6): group notifications as {@code ReceivedCallback} (to the "received"
 * URL) and send outcomes as {@code DeliveryCallback} (to the "delivery" URL), the latter carrying
 * the documented error text when R7 refused the message.
 */
final class ZapiPayloads {
    static final String NO_PERMISSION = "You can't message this group as you don't have permission";

    private ZapiPayloads() {
    }

    /** A callback and the subscription it goes to. */
    record Payload(String purpose, Wire.Callback callback) {
    }

    /** {@code message}: the message a send event is about, when it is one. */
    static Optional<Payload> of(WorldEvent event, String instanceId, String connectedPhone, String notificationId,
                                Optional<Message> message) {
        String notification = switch (event.type()) {
            case GROUP_CREATED -> "GROUP_CREATE";
            case PARTICIPANTS_ADDED -> "GROUP_PARTICIPANT_ADD";
            case PARTICIPANTS_REMOVED -> WorldEvent.LEFT.equals(event.cause()) ? "GROUP_PARTICIPANT_LEAVE"
                    : "GROUP_PARTICIPANT_REMOVE";
            case PARTICIPANTS_PROMOTED -> "GROUP_PARTICIPANT_PROMOTE";
            case PARTICIPANTS_DEMOTED -> "GROUP_PARTICIPANT_DEMOTE";
            case SUBJECT_CHANGED -> "GROUP_CHANGE_SUBJECT";
            case DESCRIPTION_CHANGED -> "GROUP_CHANGE_DESCRIPTION";
            default -> null;
        };
        if (notification != null) {
            ObjectNode body = Json.object();
            body.put("isGroup", true);
            body.put("isNewsletter", false);
            body.put("instanceId", instanceId);
            body.put("messageId", notificationId);
            body.put("phone", ZapiIds.renderGroup(event.chatId()));
            body.put("connectedPhone", connectedPhone);
            body.put("fromMe", connectedPhone.equals(event.actor()));
            body.put("momment", event.atMillis());
            body.put("status", "RECEIVED");
            body.put("type", "ReceivedCallback");
            if (event.actor() != null) {
                body.put("participantPhone", event.actor());
            }
            body.put("notification", notification);
            event.phones().forEach(body.putArray("notificationParameters")::add);
            return Optional.of(new Payload(ZapiWire.RECEIVED, new Wire.Callback(notification, body)));
        }
        boolean sent = event.type() == WorldEvent.Type.MESSAGE_SENT;
        if ((sent || event.type() == WorldEvent.Type.MESSAGE_FAILED) && connectedPhone.equals(event.actor())) {
            ObjectNode body = Json.object();
            boolean group = message.map(Message::toGroup).orElse(false);
            body.put("phone", group ? ZapiIds.renderGroup(event.chatId()) : event.chatId());
            body.put("messageId", event.detail());
            message.map(Message::secondaryId).ifPresent(zaapId -> body.put("zaapId", zaapId));
            body.put("instanceId", instanceId);
            body.put("momment", event.atMillis());
            body.put("type", "DeliveryCallback");
            if (!sent) {
                body.put("error", NO_PERMISSION);
            }
            return Optional.of(new Payload(ZapiWire.DELIVERY, new Wire.Callback("DeliveryCallback", body)));
        }
        return Optional.empty();
    }
}
