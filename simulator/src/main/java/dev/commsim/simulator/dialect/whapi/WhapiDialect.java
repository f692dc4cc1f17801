package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Whapi.Cloud dialect: routes, bearer auth and the error envelope. It only translates; every
 * rule is the world's. Unknown paths answer 404 and known paths with another method 405, both in
 * Whapi's error envelope.
 */
public final class WhapiDialect implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(WhapiDialect.class.getName());
    private final World world;
    private final WebhookHub webhooks;
    private final RoutingHandler routes = new RoutingHandler(false);

    public WhapiDialect(World world, WebhookHub webhooks) {
        this.world = world;
        this.webhooks = webhooks;
        register((method, template, route) -> routes.add(method, template, exchange -> serve(exchange, route)));
        routes.setFallbackHandler(exchange -> Exchanges.write(exchange,
                WhapiErrors.error(404, "Not found", "no such endpoint: " + exchange.getRequestPath())));
        routes.setInvalidMethodHandler(exchange -> Exchanges.write(exchange,
                WhapiErrors.error(405, "Method not allowed", exchange.getRequestMethod() + " is not served on "
                        + exchange.getRequestPath())));
    }

    private static void register(WhapiRouter router) {
        CommunityRoutes.register(router);
        GroupRoutes.register(router);
        ChatRoutes.register(router);
        WebhookRoutes.register(router);
    }

    /**
     * Links every route's method reference once, off the main thread at startup: each costs a class
     * spun at first use (~0.3 ms cold), and a call site links once for all later registrations.
     */
    public static void linkRoutes() {
        register((method, template, route) -> { });
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        routes.handleRequest(exchange);
    }

    private void serve(HttpServerExchange exchange, WhapiRoute route) {
        Reply reply;
        try {
            reply = call(exchange, route);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "bug while serving " + exchange.getRequestMethod() + " " + exchange.getRequestPath(), e);
            reply = WhapiErrors.error(500, "Internal server error", "the simulator failed; see its log");
        }
        Exchanges.write(exchange, reply);
    }

    private Reply call(HttpServerExchange exchange, WhapiRoute route) {
        String token = BearerToken.of(exchange);
        if (token == null) {
            return WhapiErrors.error(401, "Unauthorized", "send Authorization: Bearer <token>");
        }
        Outcome<Channel> channel = world.channel(Dialect.WHAPI, token);
        if (channel instanceof Outcome.Refused<Channel> refused) {
            return WhapiErrors.refusal(refused, Family.GROUP);
        }
        byte[] body;
        try {
            body = Exchanges.readBody(exchange);
        } catch (IOException e) {
            return Exchanges.isTooLarge(e)
                    ? WhapiErrors.error(413, "Request Entity Too Large", "the body is over the size limit")
                    : WhapiErrors.badRequest("the body could not be read");
        }
        return route.handle(new WhapiCall(exchange, world, webhooks, ((Outcome.Ok<Channel>) channel).value(), body));
    }
}
