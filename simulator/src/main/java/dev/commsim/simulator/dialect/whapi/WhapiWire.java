package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldEvent;
import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.Optional;

/** Whapi.Cloud as the rest of the simulator asks it: a bearer token names the channel, one webhook per channel. */
public final class WhapiWire implements Wire {
    /** A Whapi channel has one webhook, filtered by event names. */
    static final String PURPOSE = "whapi";

    @Override
    public Dialect dialect() {
        return Dialect.WHAPI;
    }

    @Override
    public String mount() {
        return "/";
    }

    @Override
    public String claimedChannel(HttpServerExchange exchange) {
        return BearerToken.of(exchange);
    }

    @Override
    public String channelName(Channel channel) {
        return channel.credential();
    }

    @Override
    public String credential(String instanceId, String token) {
        return token;
    }

    @Override
    public JsonNode error(int status, String message, String details) {
        return WhapiErrors.error(status, message, details).body();
    }

    @Override
    public List<String> purposes(String requested) {
        return List.of(PURPOSE);
    }

    @Override
    public Optional<Callback> callback(WorldEvent event, Channel channel, String purpose, World world) {
        return WhapiPayloads.of(event, channelId(channel), groupId -> world.group(channel.phone(), groupId,
                ParentReach.AS_GROUP) instanceof Outcome.Ok<GroupView> ok ? Optional.of(ok.value()) : Optional.empty(),
                channel.phone());
    }

    /** Whapi names channels like {@code MANTIS-M72HC}; the simulator derives one from the token. */
    static String channelId(Channel channel) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        int hash = channel.credential().hashCode();
        StringBuilder id = new StringBuilder("SIMUL-");
        for (int i = 0; i < 5; i++) {
            id.append(letters.charAt(Math.floorMod(hash >> (i * 5), letters.length())));
        }
        return id.toString();
    }
}
