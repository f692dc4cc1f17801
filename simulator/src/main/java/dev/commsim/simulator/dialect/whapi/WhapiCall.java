package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.dialect.DialectCall;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/** One authenticated Whapi request. */
final class WhapiCall extends DialectCall {
    WhapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, webhooks, channel, body);
    }
}
