package dev.commsim.simulator.dialect;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/** One authenticated provider request, as both dialects see it: who calls, the world, path parameters and the body (parsed once, on first use). */
public abstract class DialectCall {
    public final HttpServerExchange exchange;
    public final World world;
    public final Channel channel;
    private final byte[] body;
    private JsonRequest json;

    protected DialectCall(HttpServerExchange exchange, World world, Channel channel, byte[] body) {
        this.exchange = exchange;
        this.world = world;
        this.channel = channel;
        this.body = body;
    }

    /** The phone of the channel's account: the world's "caller". */
    public String caller() {
        return channel.phone();
    }

    public String path(String name) {
        return Exchanges.pathParam(exchange, name);
    }

    public String query(String name) {
        return Exchanges.query(exchange, name);
    }

    public JsonRequest body() {
        if (json == null) {
            json = JsonRequest.parse(body);
        }
        return json;
    }
}
