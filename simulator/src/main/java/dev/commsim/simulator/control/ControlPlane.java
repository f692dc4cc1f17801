package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's own API under {@code /_sim/}, routed from the {@link ControlEndpoint} table: this class
 * does health and reset; every other endpoint is a {@link ControlModule}'s task, and each endpoint of the
 * table must have exactly one.
 */
public final class ControlPlane implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(ControlPlane.class.getName());
    /** Snapshots and scenarios of large worlds are bigger than any provider request. */
    private static final long MAX_CONTROL_BODY_BYTES = 256L * 1024 * 1024;
    private final World world;
    private final RoutingHandler routes = new RoutingHandler(false);
    private final List<ControlModule> modules;
    private final byte[] adminToken;

    /** {@code adminToken}: null leaves the control plane open (loopback only); otherwise every request must carry it. */
    public ControlPlane(World world, List<ControlModule> modules, String adminToken) {
        this.world = world;
        this.modules = List.copyOf(modules);
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
        Map<ControlEndpoint, ControlTask> tasks = new EnumMap<>(ControlEndpoint.class);
        ControlModule.Tasks table = (endpoint, task) -> {
            if (tasks.put(endpoint, task) != null) {
                throw new IllegalStateException(endpoint + " has two tasks");
            }
        };
        table.on(ControlEndpoint.HEALTH, call -> Reply.ok(Json.object().put("status", "ok")));
        table.on(ControlEndpoint.RESET, this::reset);
        this.modules.forEach(module -> module.register(table));
        Set<ControlEndpoint> missing = EnumSet.complementOf(EnumSet.copyOf(tasks.keySet()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no task for " + missing);
        }
        tasks.forEach(this::route);
        routes.setFallbackHandler(exchange -> Exchanges.write(exchange,
                ControlReplies.error(404, "no such control endpoint: " + exchange.getRequestPath())));
        routes.setInvalidMethodHandler(exchange -> Exchanges.write(exchange,
                ControlReplies.error(405, exchange.getRequestMethod() + " is not served on " + exchange.getRequestPath())));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!admitted(exchange)) {
            Exchanges.write(exchange, ControlReplies.error(401, "the control plane needs the admin token in the "
                    + ControlEndpoint.ADMIN_TOKEN_HEADER + " header"));
            return;
        }
        routes.handleRequest(exchange);
    }

    /** A constant-time compare, so the answer time does not hint at how much of a guess was right. */
    private boolean admitted(HttpServerExchange exchange) {
        if (adminToken == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst(ControlEndpoint.ADMIN_TOKEN_HEADER);
        return given != null && MessageDigest.isEqual(adminToken, given.getBytes(StandardCharsets.UTF_8));
    }

    private void route(ControlEndpoint endpoint, ControlTask task) {
        routes.add(Methods.fromString(endpoint.method()), endpoint.template(), exchange -> {
            Reply reply;
            try {
                exchange.setMaxEntitySize(MAX_CONTROL_BODY_BYTES);
                reply = task.handle(new ControlCall(exchange, Exchanges.readBody(exchange)));
            } catch (IOException e) {
                reply = Exchanges.isTooLarge(e) ? ControlReplies.error(413, "the body is over the size limit")
                        : ControlReplies.error(400, "the body could not be read");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "bug in the control plane", e);
                reply = ControlReplies.error(500, "the simulator failed; see its log");
            }
            Exchanges.write(exchange, reply);
        });
    }

    private Reply reset(ControlCall call) {
        call.body(); // read for its problems: a malformed body is refused even though reset takes no field
        return call.answer(() -> {
            world.reset();
            modules.forEach(ControlModule::reset);
            return Reply.ok(Json.object().put("reset", true));
        });
    }
}
