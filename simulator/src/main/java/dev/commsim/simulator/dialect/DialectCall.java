package dev.commsim.simulator.dialect;

import dev.commsim.simulator.http.Call;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/** One authenticated provider request, as both dialects see it: who calls, the world, the request itself. */
public abstract class DialectCall extends Call {
    public final World world;
    public final Channel channel;

    protected DialectCall(HttpServerExchange exchange, World world, Channel channel, byte[] body) {
        super(exchange, body);
        this.world = world;
        this.channel = channel;
    }

    /** The phone of the channel's account: the world's "caller". */
    public String caller() {
        return channel.phone();
    }
}
