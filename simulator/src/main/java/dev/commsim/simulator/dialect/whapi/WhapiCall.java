package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.dialect.DialectCall;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/** One authenticated Whapi request, with the webhook settings its channel may change. */
final class WhapiCall extends DialectCall {
    final WebhookHub webhooks;

    WhapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, channel, body);
        this.webhooks = webhooks;
    }
}
