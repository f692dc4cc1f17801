package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.MessageIdStyle;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.SendMode;
import dev.commsim.simulator.world.SendTarget;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Listings (zapi.md §4.3), {@code POST /send-text} (§4.4) and {@code GET /status} (§1). */
final class ChatRoutes {
    private ChatRoutes() {
    }

    static void register(ZapiRouter router) {
        router.add(Methods.GET, "/groups", ChatRoutes::groups);
        router.add(Methods.GET, "/chats", ChatRoutes::chats);
        router.add(Methods.GET, "/chats/{phone}", ChatRoutes::chat);
        router.add(Methods.GET, "/chat/{phone}", ChatRoutes::chat);
        router.add(Methods.POST, "/send-text", ChatRoutes::sendText);
        router.add(Methods.GET, "/status", call -> Reply.ok(Json.object()
                .put("connected", true).put("smartphoneConnected", true)));
    }

    private static Reply groups(ZapiCall call) {
        ZapiPaging.Read paging = call.paging();
        return call.answer(() -> Reply.ok(array(paging.slice(groupChats(call)))));
    }

    /** The groups of {@code /groups} and one chat per person messaged, newest activity first. */
    private static Reply chats(ZapiCall call) {
        ZapiPaging.Read paging = call.paging();
        return call.answer(() -> {
            List<ObjectNode> chats = new ArrayList<>(groupChats(call));
            for (Map.Entry<String, Long> contact : call.world.contactChats(call.caller()).entrySet()) {
                chats.add(ZapiViews.contactChat(contact.getKey(), contact.getValue()));
            }
            chats.sort(Comparator.comparingLong(ChatRoutes::lastMessageTime).reversed());
            return Reply.ok(array(paging.slice(chats)));
        });
    }

    /** R2: ordinary groups and Y, never P. */
    private static List<ObjectNode> groupChats(ZapiCall call) {
        List<ObjectNode> items = new ArrayList<>();
        for (GroupView group : call.world.groups(call.caller(), ParentReach.COMMUNITY_ONLY)) {
            items.add(ZapiViews.groupChat(group));
        }
        return items;
    }

    private static Reply chat(ZapiCall call) {
        String raw = call.path("phone");
        String group = ZapiIds.group(raw);
        if (group != null) {
            return call.render(call.world.group(call.caller(), group, ParentReach.COMMUNITY_ONLY), Family.CHAT_LOOKUP,
                    view -> ZapiViews.chatMetadata(ZapiViews.groupChat(view), view.description()));
        }
        if (!ZapiIds.isContact(raw) && !ZapiIds.isLid(raw)) {
            call.reject(ZapiErrors.INVALID_PHONE);
        }
        return call.answer(() -> {
            Long last = call.world.contactChats(call.caller()).get(raw);
            return last == null ? ZapiErrors.badRequest(ZapiErrors.CHAT_NOT_FOUND)
                    : Reply.ok(ZapiViews.chatMetadata(ZapiViews.contactChat(raw, last), null));
        });
    }

    /**
     * R7 the Z-API way: a forbidden send still answers 200 with ids and is recorded as failed, for
     * the delivery webhook to report ("You can't message this group as you don't have permission").
     */
    private static Reply sendText(ZapiCall call) {
        JsonRequest body = call.body();
        String phone = body.requiredString("phone");
        String message = body.requiredString("message");
        body.optionalInt("delayMessage", 1, 15);
        body.optionalInt("delayTyping", 1, 15);
        body.optionalString("editMessageId");
        Boolean mentionAll = body.optionalBoolean("mentionAll");
        if (body.ok() && body.has("mentioned")) {
            body.requiredStrings("mentioned", 0, ZapiCall.MAX_BATCH);
        }
        if (body.ok() && message.isEmpty()) {
            body.reject("'message' must not be empty");
        }
        SendTarget target = body.ok() ? target(phone) : null;
        if (body.ok() && target == null) {
            body.reject(ZapiErrors.INVALID_PHONE);
        }
        if (body.ok() && Boolean.TRUE.equals(mentionAll) && !target.group()) {
            body.reject(ZapiErrors.MENTION_ALL_OUTSIDE_GROUP);
        }
        return call.answer(() -> call.render(call.world.send(call.caller(), target, message,
                SendMode.ACCEPT_THEN_FAIL, MessageIdStyle.ZAPI), Family.CREATE, ZapiViews::sent));
    }

    /**
     * A group by its {@code -group} id; a person by 7-15 digits or {@code @lid}; longer bare digits are
     * a community id (sc: P is recognised, and nobody may post there, R7).
     */
    private static SendTarget target(String phone) {
        String group = ZapiIds.group(phone);
        if (group != null) {
            return SendTarget.group(group);
        }
        if (ZapiIds.isContact(phone) || ZapiIds.isLid(phone)) {
            return SendTarget.person(phone);
        }
        return ZapiIds.isCommunity(phone) ? SendTarget.group(phone) : null;
    }

    private static long lastMessageTime(ObjectNode chat) {
        return Long.parseLong(chat.get("lastMessageTime").textValue());
    }

    private static ArrayNode array(List<ObjectNode> items) {
        ArrayNode array = Json.array();
        items.forEach(array::add);
        return array;
    }
}
