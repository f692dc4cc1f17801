package dev.commsim.simulator.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldEvent;
import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.Optional;

/**
 * What one dialect says on the wire outside its own routes, for the parts of the simulator that speak
 * for it: the request pipeline and the journal (which requests are its own, which channel they name),
 * injected faults (its error envelope), webhooks (its payloads) and the control plane (how it names
 * channels). They ask; they never format for a dialect.
 */
public interface Wire {
    Dialect dialect();

    /** The path prefix the dialect's routes are served under ({@code "/"} takes what no other claims). */
    String mount();

    /** The channel a request names before it is authenticated (journal, faults, rate limits); null when none. */
    String claimedChannel(HttpServerExchange exchange);

    /** How logs and the control plane name a channel: what {@link #claimedChannel} gives for its requests. */
    String channelName(Channel channel);

    /** The world's credential of a channel the control plane names by its parts ({@code instanceId}: Z-API only). */
    String credential(String instanceId, String token);

    /** The dialect's error envelope for a status and message. */
    default JsonNode error(int status, String message) {
        return error(status, message, null);
    }

    /** The dialect's error envelope for a status, message and what went wrong in detail (null: none). */
    JsonNode error(int status, String message, String details);

    /**
     * The webhook subscriptions a control-plane request for {@code requested} (null: all of the channel's)
     * sets, by the names the control plane shows; null when {@code requested} names none.
     */
    List<String> purposes(String requested);

    /** What a subscription for {@code purpose} is posted about a world event, if anything. */
    Optional<Callback> callback(WorldEvent event, Channel channel, String purpose, World world);

    /** One webhook post: the event name a subscription may filter on, and the body. */
    record Callback(String event, JsonNode body) {
    }
}
