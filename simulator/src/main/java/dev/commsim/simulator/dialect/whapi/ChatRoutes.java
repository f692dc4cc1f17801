package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.MessageIdStyle;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.SendMode;
import dev.commsim.simulator.world.SendTarget;
import dev.commsim.simulator.http.Json;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /chats} (whapi.md §4.3), {@code POST /messages/text} (§4.4) and {@code GET /health} (§1). */
final class ChatRoutes {
    private ChatRoutes() {
    }

    static void register(WhapiRouter router) {
        router.add(Methods.GET, "/chats", ChatRoutes::list);
        router.add(Methods.GET, "/chats/{ChatID}", ChatRoutes::get);
        router.add(Methods.POST, "/messages/text", ChatRoutes::sendText);
        router.add(Methods.GET, "/health", ChatRoutes::health);
    }

    /** The groups of {@code GET /groups} plus one contact chat per person messaged, newest first. */
    private static Reply list(WhapiCall call) {
        WhapiPaging paging = call.paging();
        return call.answer(() -> {
            List<ObjectNode> chats = new ArrayList<>();
            for (GroupView group : call.world.groups(call.caller(), ParentReach.AS_GROUP)) {
                chats.add(WhapiViews.groupChat(group));
            }
            for (Map.Entry<String, Long> contact : call.world.contactChats(call.caller()).entrySet()) {
                chats.add(WhapiViews.contactChat(contact.getKey(), contact.getValue()));
            }
            chats.sort(Comparator.comparingLong((ObjectNode chat) -> chat.get("timestamp").longValue()).reversed());
            return Reply.ok(WhapiViews.page("chats", chats, paging));
        });
    }

    private static Reply get(WhapiCall call) {
        String raw = call.path("ChatID");
        String group = WhapiIds.group(raw);
        if (group != null) {
            return call.render(call.world.group(call.caller(), group, ParentReach.AS_GROUP), Family.MESSAGE,
                    WhapiViews::groupChat);
        }
        String person = raw != null && raw.endsWith("@s.whatsapp.net") ? WhapiIds.contact(raw) : null;
        if (person == null) {
            call.reject("'ChatID' must be a group id (…@g.us) or a person (…@s.whatsapp.net)");
        }
        return call.answer(() -> {
            Long last = call.world.contactChats(call.caller()).get(person);
            return last == null ? WhapiErrors.error(404, "Specified chat not found", null)
                    : Reply.ok(WhapiViews.contactChat(person, last));
        });
    }

    private static Reply sendText(WhapiCall call) {
        JsonRequest body = call.body();
        String to = body.requiredString("to");
        String text = body.requiredString("body");
        body.optionalString("quoted");
        body.optionalString("edit");
        body.optionalInt("typing_time", 0, 60);
        body.optionalBoolean("no_link_preview");
        body.optionalBoolean("wide_link_preview");
        if (body.ok() && body.has("mentions")) {
            body.requiredStrings("mentions", 0, WhapiCall.MAX_BATCH);
        }
        if (body.ok() && text.isEmpty()) {
            body.reject("'body' must not be empty");
        }
        SendTarget target = body.ok() ? target(to) : null;
        if (body.ok() && target == null) {
            body.reject("'to' must be a group id (…@g.us), a person's chat id (…@s.whatsapp.net) or a phone number");
        }
        return call.answer(() -> call.render(call.world.send(call.caller(), target, text, SendMode.REFUSE_AT_ONCE,
                MessageIdStyle.WHAPI), Family.MESSAGE, WhapiViews::sent));
    }

    private static SendTarget target(String to) {
        if (!WhapiIds.validSendTo(to)) {
            return null;
        }
        String group = WhapiIds.group(to);
        if (group != null) {
            return SendTarget.group(group);
        }
        String person = WhapiIds.contact(to);
        return person == null ? null : SendTarget.person(person);
    }

    /** Clients probe tokens with it; {@code user.id} tells a client its own number (sc). */
    private static Reply health(WhapiCall call) {
        ObjectNode node = Json.object();
        node.put("channel_id", WhapiWire.channelId(call.channel));
        node.putObject("status").put("code", 4).put("text", "AUTH");
        node.putObject("user").put("id", call.caller());
        return Reply.ok(node);
    }
}
