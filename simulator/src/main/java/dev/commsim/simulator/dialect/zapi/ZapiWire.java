package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldEvent;
import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Z-API as the rest of the simulator asks it: the instance id in the path names the channel, which has a
 * webhook for received notifications and one for delivery reports.
 */
public final class ZapiWire implements Wire {
    static final String MOUNT = "/instances";
    static final String RECEIVED = "zapi_received";
    static final String DELIVERY = "zapi_delivery";
    /** Seeded, so that the same seed and requests give the same notification ids. */
    private final SplittableRandom notificationIds;

    public ZapiWire(long seed) {
        this.notificationIds = new SplittableRandom(seed);
    }

    @Override
    public Dialect dialect() {
        return Dialect.ZAPI;
    }

    @Override
    public String mount() {
        return MOUNT;
    }

    @Override
    public String claimedChannel(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        if (!path.startsWith(MOUNT + "/")) {
            return null;
        }
        String rest = path.substring(MOUNT.length() + 1);
        int slash = rest.indexOf('/');
        String instance = slash < 0 ? rest : rest.substring(0, slash);
        return instance.isEmpty() ? null : instance;
    }

    @Override
    public String channelName(Channel channel) {
        return ZapiIds.instanceOf(channel.credential());
    }

    @Override
    public String credential(String instanceId, String token) {
        return ZapiIds.credential(instanceId, token);
    }

    @Override
    public JsonNode error(int status, String message, String details) {
        return ZapiErrors.error(status, details == null || details.isEmpty() ? message : message + ": " + details)
                .body();
    }

    @Override
    public List<String> purposes(String requested) {
        if (requested == null) {
            return List.of(RECEIVED, DELIVERY);
        }
        return switch (requested) {
            case "received" -> List.of(RECEIVED);
            case "delivery" -> List.of(DELIVERY);
            default -> null;
        };
    }

    @Override
    public Optional<Callback> callback(WorldEvent event, Channel channel, String purpose, World world) {
        Optional<Message> message = event.detail() == null ? Optional.empty() : world.message(event.detail());
        return ZapiPayloads.of(event, channelName(channel), channel.phone(), notificationId(), message)
                .filter(payload -> payload.purpose().equals(purpose))
                .map(ZapiPayloads.Payload::callback);
    }

    /** A notification's message id, shaped as Z-API's: {@code 3EB0} and 16 hex digits. */
    private synchronized String notificationId() {
        StringBuilder id = new StringBuilder("3EB0");
        for (int i = 0; i < 16; i++) {
            id.append("0123456789ABCDEF".charAt(notificationIds.nextInt(16)));
        }
        return id.toString();
    }
}
