package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.snapshot.StateJson;
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
    public void register(Routes routes) {
        routes.add("GET", "/messages", (exchange, body) -> {
            String rawChat = Exchanges.query(exchange, "chatId");
            String chat = rawChat == null ? null : ChatIds.group(rawChat) != null ? ChatIds.group(rawChat)
                    : ChatIds.phone(rawChat);
            String from = Exchanges.query(exchange, "from");
            String status = Exchanges.query(exchange, "status");
            if (status != null && !status.equalsIgnoreCase("sent") && !status.equalsIgnoreCase("failed")) {
                return ControlReplies.error(400, "'status' must be \"sent\" or \"failed\"");
            }
            ArrayNode array = Json.array();
            for (Message message : world.messages()) {
                boolean wanted = (chat == null || chat.equals(message.chatId()))
                        && (from == null || from.equals(message.from()))
                        && (status == null || status.equalsIgnoreCase(message.status().name()));
                if (wanted) {
                    array.add(StateJson.message(message));
                }
            }
            return Reply.ok(Json.object().set("messages", array));
        });
    }
}
