package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.World;

/**
 * {@code GET /_sim/messages}: every recorded message, what was sent where and the recipients it
 * reached at send time; filters {@code chatId} (any id form), {@code from}, {@code status}.
 */
public final class MessagesModule implements ControlModule {
    private final World world;

    public MessagesModule(World world) {
        this.world = world;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.MESSAGES, this::list);
    }

    private Reply list(ControlCall call) {
        String rawChat = call.query("chatId");
        String chat = rawChat == null ? null : ChatIds.group(rawChat) != null ? ChatIds.group(rawChat)
                : ChatIds.phone(rawChat);
        String from = call.query("from");
        String status = call.query("status");
        if (status != null && !status.equalsIgnoreCase("sent") && !status.equalsIgnoreCase("failed")) {
            call.reject("'status' must be \"sent\" or \"failed\"");
        }
        return call.answer(() -> {
            ArrayNode array = Json.array();
            for (Message message : world.messages()) {
                boolean wanted = (chat == null || chat.equals(message.chatId()))
                        && (from == null || from.equals(message.from()))
                        && (status == null || status.equalsIgnoreCase(message.status().name()));
                if (wanted) {
                    array.add(ControlJson.message(message));
                }
            }
            return Reply.ok(Json.object().set("messages", array));
        });
    }
}
