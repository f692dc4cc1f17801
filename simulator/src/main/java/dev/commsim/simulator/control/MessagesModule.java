package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.World;
import java.util.Locale;

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
            ArrayNode array = Json.array();
            for (Message message : world.messages()) {
                boolean wanted = (chat == null || chat.equals(message.chatId()))
                        && (from == null || from.equals(message.from()))
                        && (status == null || status.equalsIgnoreCase(message.status().name()));
                if (wanted) {
                    array.add(message(message));
                }
            }
            return Reply.ok(Json.object().set("messages", array));
        });
    }

    static ObjectNode message(Message message) {
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
        ArrayNode recipients = node.putArray("recipients");
        message.recipients().forEach(recipients::add);
        return node;
    }
}
