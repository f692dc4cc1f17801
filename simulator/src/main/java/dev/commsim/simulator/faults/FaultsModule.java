package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.control.ControlCall;
import dev.commsim.simulator.control.ControlEndpoint;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.control.ControlReplies;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.pipeline.RequestGate;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.SimClock;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Faults, latency and rate limits under {@code /_sim}: {@code POST|GET|DELETE /faults},
 * {@code DELETE /faults/{id}}, {@code PUT|GET|DELETE /rate-limits}. Its {@link #gate()} goes in front
 * of both dialects; {@code POST /_sim/reset} forgets every rule and limit.
 */
public final class FaultsModule implements ControlModule {
    private static final Set<String> LIMIT_FIELDS = Set.of("requests", "windowSeconds", "dialect", "channel");
    private final FaultRules rules;
    private final RateLimiter limiter = new RateLimiter();
    private final SimClock clock;
    private final long defaultSeed;
    private final RequestGate gate;

    /** {@code defaultSeed} seeds the random source of rules posted without a {@code seed} (the simulator's seed). */
    public FaultsModule(SimClock clock, long defaultSeed, Wires wires) {
        this.clock = clock;
        this.defaultSeed = defaultSeed;
        this.rules = new FaultRules(wires);
        this.gate = new FaultGate(rules, limiter, clock, wires);
    }

    public RequestGate gate() {
        return gate;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.ADD_FAULT, call -> addRule(call.body()));
        tasks.on(ControlEndpoint.FAULTS, call -> listRules());
        tasks.on(ControlEndpoint.CLEAR_FAULTS, call -> Reply.ok(Json.object().put("removed", rules.clear())));
        tasks.on(ControlEndpoint.REMOVE_FAULT, this::removeRule);
        tasks.on(ControlEndpoint.SET_RATE_LIMIT, this::putLimit);
        tasks.on(ControlEndpoint.RATE_LIMITS, call -> listLimits());
        tasks.on(ControlEndpoint.CLEAR_RATE_LIMITS, call -> Reply.ok(Json.object().put("removed", limiter.clear())));
    }

    @Override
    public void reset() {
        rules.reset();
        limiter.clear();
    }

    private Reply addRule(JsonRequest body) {
        Validated<FaultSpec> spec = FaultRuleParser.parse(body, defaultSeed);
        if (spec instanceof Validated.Invalid<FaultSpec> invalid) {
            return ControlReplies.error(400, invalid.problem());
        }
        FaultRule rule = rules.add(((Validated.Valid<FaultSpec>) spec).value());
        return Reply.of(201, FaultJson.rule(rule));
    }

    private Reply listRules() {
        ArrayNode array = Json.array();
        rules.all().forEach(rule -> array.add(FaultJson.rule(rule)));
        return Reply.ok(Json.object().set("faults", array));
    }

    private Reply removeRule(ControlCall call) {
        String id = call.path("id");
        return rules.remove(id) ? Reply.ok(Json.object().put("removed", 1))
                : ControlReplies.error(404, "no fault rule with id '" + id + "'");
    }

    private Reply putLimit(ControlCall call) {
        JsonRequest body = call.body();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LIMIT_FIELDS.contains(name)) {
                body.reject("unknown field '" + name + "'; a rate limit has requests, windowSeconds, dialect, channel");
            }
        }
        if (body.ok() && (!body.has("requests") || !body.has("windowSeconds"))) {
            body.reject("'" + (body.has("requests") ? "windowSeconds" : "requests") + "' is required");
        }
        Integer requests = body.optionalInt("requests", 1, 1_000_000);
        Integer windowSeconds = body.optionalInt("windowSeconds", 1, 86_400);
        Dialect dialect = DialectField.read(body);
        String channel = body.optionalString("channel");
        if (channel != null && channel.isBlank()) {
            body.reject("'channel' must not be empty (a Whapi token or a Z-API instance id)");
        }
        return call.answer(() ->
                Reply.ok(FaultJson.limit(limiter.put(new RateLimit(dialect, channel, requests, windowSeconds)))));
    }

    private Reply listLimits() {
        long now = clock.epochMillis();
        ArrayNode array = Json.array();
        Map<RateLimiter.WindowKey, RateLimiter.Window> windows = limiter.windows();
        for (RateLimit limit : limiter.all()) {
            long windowMillis = limit.windowSeconds() * 1000L;
            ObjectNode node = FaultJson.limit(limit);
            ArrayNode open = node.putArray("openWindows");
            windows.entrySet().stream()
                    .filter(entry -> entry.getKey().limit().equals(limit) && entry.getValue().covers(now, windowMillis))
                    .sorted(Comparator.comparing((Map.Entry<RateLimiter.WindowKey, RateLimiter.Window> entry) ->
                            String.valueOf(entry.getKey().channel())))
                    .forEach(entry -> open.addObject()
                            .put("dialect", entry.getKey().dialect().wireName())
                            .put("channel", entry.getKey().channel())
                            .put("requests", entry.getValue().count())
                            .put("endsAtMillis", entry.getValue().startMillis() + windowMillis));
            array.add(node);
        }
        return Reply.ok(Json.object().set("rateLimits", array));
    }
}
