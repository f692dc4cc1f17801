package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/** One authenticated Whapi request: who calls, the world, path parameters and the body. */
final class WhapiCall {
    final HttpServerExchange exchange;
    final World world;
    final Channel channel;
    final WebhookHub webhooks;
    private final byte[] body;
    private JsonRequest json;

    WhapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        this.exchange = exchange;
        this.world = world;
        this.webhooks = webhooks;
        this.channel = channel;
        this.body = body;
    }

    String caller() {
        return channel.phone();
    }

    String path(String name) {
        return Exchanges.pathParam(exchange, name);
    }

    JsonRequest body() {
        if (json == null) {
            json = JsonRequest.parse(body);
        }
        return json;
    }

    boolean hasBody() {
        return body.length > 0;
    }
}
