package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.Subscription;
import dev.commsim.simulator.webhooks.WebhookUrls;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Set;

/**
 * Z-API's webhook settings (zapi.md §6): {@code PUT /update-webhook-received}, {@code /update-webhook-delivery}
 * and {@code /update-every-webhooks}, each with {@code {"value": "<url>"}} answering {@code {"value": true}}.
 * Received callbacks carry group notifications; delivery callbacks carry send outcomes.
 */
final class WebhookRoutes {
    private WebhookRoutes() {
    }

    static void register(ZapiRouter router) {
        router.add(Methods.PUT, "/update-webhook-received",
                call -> set(call, List.of(ZapiWire.RECEIVED)));
        router.add(Methods.PUT, "/update-webhook-delivery",
                call -> set(call, List.of(ZapiWire.DELIVERY)));
        router.add(Methods.PUT, "/update-every-webhooks",
                call -> set(call, List.of(ZapiWire.RECEIVED, ZapiWire.DELIVERY)));
    }

    private static Reply set(ZapiCall call, List<String> purposes) {
        String url = call.body().requiredString("value");
        String problem = url == null ? null : WebhookUrls.problem(url);
        if (problem != null) {
            call.body().reject("'value' " + problem);
        }
        return call.answer(() -> {
            for (String purpose : purposes) {
                call.webhooks.subscribe(new Subscription(call.channel, purpose, url, Set.of()));
            }
            return Reply.ok(Json.object().put("value", true));
        });
    }
}
