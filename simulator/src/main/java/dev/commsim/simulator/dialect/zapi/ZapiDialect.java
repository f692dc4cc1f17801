package dev.commsim.simulator.dialect.zapi;

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
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Z-API dialect, mounted at {@code /instances}: every endpoint lives under
 * {@code /{instanceId}/token/{token}/}. It only translates; every rule is the world's, except Z-API's
 * own presentation choices (zapi.md). Unknown paths answer 404 {@code {"error"}}; a known path with
 * another method 405 and a body without a JSON {@code Content-Type} 415, both with an empty body
 * (zapi.md §1: statuses documented, bodies not).
 */
public final class ZapiDialect implements HttpHandler {
    static final String PREFIX = "/{instanceId}/token/{token}";
    private static final HttpString CLIENT_TOKEN = new HttpString("Client-Token");
    private static final Logger LOG = Logger.getLogger(ZapiDialect.class.getName());
    private final World world;
    private final WebhookHub webhooks;
    private final RoutingHandler routes = new RoutingHandler(false);

    public ZapiDialect(World world, WebhookHub webhooks) {
        this.world = world;
        this.webhooks = webhooks;
        register((method, endpoint, route) -> routes.add(method, PREFIX + endpoint, exchange -> serve(exchange, route)));
        routes.setFallbackHandler(exchange -> Exchanges.write(exchange,
                ZapiErrors.error(404, "no such endpoint: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestPath())));
        routes.setInvalidMethodHandler(exchange -> Exchanges.write(exchange, Reply.empty(405)));
    }

    private static void register(ZapiRouter router) {
        CommunityRoutes.register(router);
        GroupRoutes.register(router);
        ParticipantRoutes.register(router);
        ChatRoutes.register(router);
        WebhookRoutes.register(router);
    }

    /** Links every route's method reference once, off the main thread at startup (see WhapiDialect). */
    public static void linkRoutes() {
        register((method, endpoint, route) -> { });
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        routes.handleRequest(exchange);
    }

    private void serve(HttpServerExchange exchange, ZapiRoute route) {
        Reply reply;
        try {
            reply = call(exchange, route);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "bug while serving " + exchange.getRequestMethod() + " "
                    + exchange.getRequestPath(), e);
            reply = ZapiErrors.error(500, "the simulator failed; see its log");
        }
        Exchanges.write(exchange, reply);
    }

    private Reply call(HttpServerExchange exchange, ZapiRoute route) {
        byte[] body;
        try {
            body = Exchanges.readBody(exchange);
        } catch (IOException e) {
            return Exchanges.isTooLarge(e) ? ZapiErrors.error(413, "the body is over the size limit")
                    : ZapiErrors.badRequest("the body could not be read");
        }
        // Checked like the method, before the credentials: it is about the request's form, not its sender.
        if (body.length > 0 && !isJson(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE))) {
            return Reply.empty(415);
        }
        String credential = ZapiIds.credential(Exchanges.pathParam(exchange, "instanceId"),
                Exchanges.pathParam(exchange, "token"));
        Outcome<Channel> resolved = world.channel(Dialect.ZAPI, credential);
        if (resolved instanceof Outcome.Refused<Channel> refused) {
            return ZapiErrors.refusal(refused, Family.CREATE);
        }
        Channel channel = ((Outcome.Ok<Channel>) resolved).value();
        Reply denied = clientTokenDenial(channel, exchange.getRequestHeaders().getFirst(CLIENT_TOKEN));
        if (denied != null) {
            return denied;
        }
        return route.handle(new ZapiCall(exchange, world, webhooks, channel, body));
    }

    /** zapi.md §1: checked only for channels declared with a Client-Token; otherwise the header is ignored. */
    private static Reply clientTokenDenial(Channel channel, String header) {
        if (channel.clientToken() == null) {
            return null;
        }
        if (header == null || header.isBlank()) {
            return ZapiErrors.badRequest(ZapiErrors.CLIENT_TOKEN_MISSING);
        }
        if (!header.equals(channel.clientToken())) {
            return ZapiErrors.error(403, "Client-Token " + header + " not allowed");
        }
        return null;
    }

    /** {@code application/json} or any {@code +json} type, with or without parameters. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
