package dev.commsim.simulator.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.control.ControlCall;
import dev.commsim.simulator.control.ControlEndpoint;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.control.ControlReplies;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.World;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Webhooks from the control plane: {@code GET /_sim/webhooks} lists subscriptions, {@code PUT /_sim/webhooks}
 * sets one for any channel (as the provider's own settings endpoint would), {@code GET /_sim/webhooks/deliveries}
 * shows the delivery log (filters {@code channel}, {@code state}, {@code event}), {@code DELETE} clears it.
 */
public final class WebhooksModule implements ControlModule {
    private final WebhookHub hub;
    private final World world;
    private final Wires wires;

    public WebhooksModule(WebhookHub hub, World world, Wires wires) {
        this.hub = hub;
        this.world = world;
        this.wires = wires;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.WEBHOOKS, call -> list());
        tasks.on(ControlEndpoint.SET_WEBHOOK, this::put);
        tasks.on(ControlEndpoint.WEBHOOK_DELIVERIES, this::deliveries);
        tasks.on(ControlEndpoint.CLEAR_WEBHOOK_DELIVERIES, call -> {
            hub.clearLog();
            return Reply.ok(Json.object().put("cleared", true));
        });
    }

    @Override
    public void reset() {
        hub.reset();
    }

    private Reply list() {
        ArrayNode array = Json.array();
        for (Subscription subscription : hub.subscriptions()) {
            ObjectNode node = array.addObject();
            node.put("dialect", subscription.channel().dialect().wireName());
            node.put("channel", hub.channelName(subscription.channel()));
            node.put("purpose", subscription.purpose());
            node.put("url", subscription.url());
            subscription.events().stream().sorted().forEach(node.putArray("events")::add);
        }
        return Reply.ok(Json.object().set("webhooks", array));
    }

    /** {@code {"dialect", "token" (+ "instanceId" for Z-API), "url", "purpose"?: received|delivery, "events"?: ["groups.put"]}}. */
    private Reply put(ControlCall call) {
        JsonRequest body = call.body();
        String dialectName = body.requiredString("dialect");
        String token = body.requiredString("token");
        String url = body.requiredString("url");
        String purposeName = body.optionalString("purpose");
        Dialect dialect = body.ok() ? Dialect.fromWireName(dialectName).orElse(null) : null;
        if (body.ok() && dialect == null) {
            body.reject("'dialect' must be \"whapi\" or \"zapi\"");
        }
        String problem = body.ok() ? WebhookUrls.problem(url) : null;
        if (problem != null) {
            body.reject("'url' " + problem);
        }
        Wire wire = dialect == null ? null : wires.of(dialect);
        String instanceId = body.ok() && dialect == Dialect.ZAPI ? body.requiredString("instanceId") : null;
        String credential = body.ok() ? wire.credential(instanceId, token) : null;
        List<String> purposes = List.of();
        if (body.ok()) {
            purposes = wire.purposes(purposeName);
            if (purposes == null) {
                body.reject("'purpose' must be \"received\" or \"delivery\" (Z-API only)");
            }
        }
        Set<String> events = new HashSet<>();
        if (body.ok() && body.has("events")) {
            List<String> names = body.requiredStrings("events", 0, 50);
            if (names != null) {
                events.addAll(names);
            }
        }
        List<String> subscribed = purposes;
        return call.answer(() -> {
            Outcome<Channel> channel = world.channel(dialect, credential);
            if (channel instanceof Outcome.Refused<Channel>) {
                return ControlReplies.error(404, "no such channel (strict mode): declare it first");
            }
            for (String purpose : subscribed) {
                hub.subscribe(new Subscription(((Outcome.Ok<Channel>) channel).value(), purpose, url, Set.copyOf(events)));
            }
            return list();
        });
    }

    private Reply deliveries(ControlCall call) {
        String channel = call.query("channel");
        String state = call.query("state");
        String event = call.query("event");
        Predicate<Delivery> filter = delivery -> (channel == null || channel.equals(delivery.channel()))
                && (state == null || state.equalsIgnoreCase(delivery.state().name()))
                && (event == null || event.equals(delivery.event()));
        ArrayNode array = Json.array();
        for (Delivery delivery : hub.deliveries(filter)) {
            ObjectNode node = array.addObject();
            node.put("id", delivery.id());
            node.put("dialect", delivery.dialect());
            node.put("channel", delivery.channel());
            node.put("url", delivery.url());
            node.put("event", delivery.event());
            node.put("state", delivery.state().name().toLowerCase(Locale.ROOT));
            node.put("attempts", delivery.attempts());
            node.put("lastStatus", delivery.lastStatus());
            if (delivery.error() != null) {
                node.put("error", delivery.error());
            }
            node.put("createdAt", delivery.createdAtMillis());
            node.set("payload", delivery.payload());
        }
        return Reply.ok(Json.object().set("deliveries", array));
    }
}
