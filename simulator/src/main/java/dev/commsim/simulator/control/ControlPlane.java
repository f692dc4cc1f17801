package dev.commsim.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.snapshot.StateJson;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The simulator's own API under {@code /_sim/}. This class serves health, reset, state, settings and
 * channels; other features plug in as {@link ControlModule}s.
 */
public final class ControlPlane implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(ControlPlane.class.getName());
    /** Snapshots and scenarios of large worlds are bigger than any provider request. */
    private static final long MAX_CONTROL_BODY_BYTES = 256L * 1024 * 1024;
    /** Not {@code Authorization}: that header is Whapi's bearer token. */
    public static final String ADMIN_TOKEN_HEADER = "X-Commsim-Admin-Token";
    private static final Pattern PHONE = Pattern.compile("^\\d{7,15}$");
    private final World world;
    private final RoutingHandler routes = new RoutingHandler(false);
    private final List<ControlModule> modules;
    private final byte[] adminToken;

    /** {@code adminToken}: null leaves the control plane open (loopback only); otherwise every request must carry it. */
    public ControlPlane(World world, List<ControlModule> modules, String adminToken) {
        this.world = world;
        this.modules = List.copyOf(modules);
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
        add("GET", "/health", (exchange, body) -> Reply.ok(Json.object().put("status", "ok")));
        add("POST", "/reset", this::reset);
        add("GET", "/state", (exchange, body) -> Reply.ok(StateJson.state(world.snapshot())));
        add("GET", "/settings", (exchange, body) -> Reply.ok(StateJson.settings(world.settings())));
        add("PUT", "/settings", this::putSettings);
        add("GET", "/channels", this::channels);
        add("POST", "/channels", this::declareChannel);
        for (ControlModule module : modules) {
            module.register(this::add);
        }
        routes.setFallbackHandler(exchange -> Exchanges.write(exchange,
                ControlReplies.error(404, "no such control endpoint: " + exchange.getRequestPath())));
        routes.setInvalidMethodHandler(exchange -> Exchanges.write(exchange,
                ControlReplies.error(405, exchange.getRequestMethod() + " is not served on " + exchange.getRequestPath())));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!admitted(exchange)) {
            Exchanges.write(exchange, ControlReplies.error(401, "the control plane needs the admin token in the "
                    + ADMIN_TOKEN_HEADER + " header"));
            return;
        }
        routes.handleRequest(exchange);
    }

    /** A constant-time compare, so the answer time does not hint at how much of a guess was right. */
    private boolean admitted(HttpServerExchange exchange) {
        if (adminToken == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst(ADMIN_TOKEN_HEADER);
        return given != null && MessageDigest.isEqual(adminToken, given.getBytes(StandardCharsets.UTF_8));
    }

    private void add(String method, String path, ControlRoute route) {
        routes.add(Methods.fromString(method), path, exchange -> {
            Reply reply;
            try {
                exchange.setMaxEntitySize(MAX_CONTROL_BODY_BYTES);
                reply = route.handle(exchange, JsonRequest.parse(Exchanges.readBody(exchange)));
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

    private Reply reset(HttpServerExchange exchange, JsonRequest body) {
        if (!body.ok()) {
            return ControlReplies.error(400, body.problem());
        }
        world.reset();
        modules.forEach(ControlModule::reset);
        return Reply.ok(Json.object().put("reset", true));
    }

    private Reply putSettings(HttpServerExchange exchange, JsonRequest body) {
        if (!body.ok()) {
            return ControlReplies.error(400, body.problem());
        }
        SettingsUpdate.Result result = SettingsUpdate.apply(world.settings(), body);
        if (result.problem() != null) {
            return ControlReplies.error(400, result.problem());
        }
        world.updateSettings(result.settings());
        return Reply.ok(StateJson.settings(result.settings()));
    }

    private Reply channels(HttpServerExchange exchange, JsonRequest body) {
        ArrayNode array = Json.array();
        world.channels().forEach(channel -> array.add(StateJson.channel(channel)));
        return Reply.ok(Json.object().set("channels", array));
    }

    /** Declares a channel with a chosen phone; in strict mode only declared channels are served. */
    private Reply declareChannel(HttpServerExchange exchange, JsonRequest body) {
        String dialectName = body.requiredString("dialect");
        String phone = body.requiredString("phone");
        String token = body.requiredString("token");
        Dialect dialect = body.ok() ? Dialect.fromWireName(dialectName).orElse(null) : null;
        if (body.ok() && dialect == null) {
            body.reject("'dialect' must be \"whapi\" or \"zapi\"");
        }
        if (body.ok() && !PHONE.matcher(phone).matches()) {
            body.reject("'phone' must be 7-15 digits");
        }
        if (body.ok() && token.isBlank()) {
            body.reject("'token' must not be empty");
        }
        String credential = token;
        String clientToken = null;
        if (body.ok() && dialect == Dialect.ZAPI) {
            String instanceId = body.requiredString("instanceId");
            clientToken = body.optionalString("clientToken");
            if (body.ok() && (instanceId.isBlank() || instanceId.contains("/") || token.contains("/"))) {
                body.reject("'instanceId' and 'token' must be non-empty and contain no '/'");
            }
            credential = instanceId + "/" + token;
        }
        if (!body.ok()) {
            return ControlReplies.error(400, body.problem());
        }
        JsonNode view = StateJson.channel(world.declareChannel(dialect, credential, phone, clientToken));
        return Reply.of(201, view);
    }
}
