package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.Subscription;
import dev.commsim.simulator.webhooks.WebhookUrls;
import io.undertow.util.Methods;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code GET|PATCH /settings}, the part of Whapi's channel settings that configures webhooks
 * (whapi.md §6): {@code {"webhooks": [{"url", "mode": "body", "events": [{"type": "groups", "method": "put"}]}]}}.
 * The simulator keeps one webhook per channel (the first given); an empty list removes it.
 */
final class WebhookRoutes {
    private WebhookRoutes() {
    }

    static void register(WhapiRouter router) {
        router.add(Methods.GET, "/settings", WebhookRoutes::show);
        router.add(Methods.PATCH, "/settings", WebhookRoutes::update);
    }

    private static Reply show(WhapiCall call) {
        return Reply.ok(settings(call));
    }

    private static Reply update(WhapiCall call) {
        JsonNode hooks = call.body().root().get("webhooks");
        if (hooks == null || !hooks.isArray()) {
            call.body().reject("'webhooks' must be an array of {url, mode, events}");
        }
        JsonNode hook = hooks == null || hooks.isEmpty() ? null : hooks.get(0);
        String url = hook != null && hook.path("url").isTextual() ? hook.get("url").textValue() : null;
        Set<String> events = hook == null ? Set.of() : read(call, hook, url);
        return call.answer(() -> {
            if (hook == null) {
                call.webhooks.unsubscribe(call.channel, WhapiWire.PURPOSE);
            } else {
                call.webhooks.subscribe(new Subscription(call.channel, WhapiWire.PURPOSE, url, events));
            }
            return Reply.ok(settings(call));
        });
    }

    /** The first webhook's URL, mode and event filters; their problems are the request's. */
    private static Set<String> read(WhapiCall call, JsonNode hook, String url) {
        String problem = WebhookUrls.problem(url);
        if (problem != null) {
            call.body().reject("'webhooks[0].url' " + problem);
        }
        JsonNode mode = hook.get("mode");
        if (mode != null && !mode.isNull() && !"body".equals(mode.asText())) {
            call.body().reject("'webhooks[0].mode' must be \"body\" (the only mode the simulator delivers)");
        }
        Set<String> events = new HashSet<>();
        JsonNode list = hook.get("events");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                call.body().reject("'webhooks[0].events' must be an array of {type, method}");
                return Set.of();
            }
            for (JsonNode event : list) {
                if (!event.path("type").isTextual() || !event.path("method").isTextual()) {
                    call.body().reject("'webhooks[0].events' items need a 'type' and a 'method'");
                    return Set.of();
                }
                events.add(event.get("type").textValue() + "." + event.get("method").textValue());
            }
        }
        return Set.copyOf(events);
    }

    private static ObjectNode settings(WhapiCall call) {
        ObjectNode node = Json.object();
        ArrayNode hooks = node.putArray("webhooks");
        call.webhooks.subscription(call.channel, WhapiWire.PURPOSE).ifPresent(subscription -> {
            ObjectNode hook = hooks.addObject().put("url", subscription.url()).put("mode", "body");
            ArrayNode events = hook.putArray("events");
            subscription.events().stream().sorted().forEach(event -> {
                int dot = event.indexOf('.');
                events.addObject().put("type", event.substring(0, dot)).put("method", event.substring(dot + 1));
            });
        });
        return node;
    }
}
