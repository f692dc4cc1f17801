package dev.commsim.simulator.webhooks;

import dev.commsim.simulator.world.Channel;
import java.util.Set;

/**
 * Where one channel wants its events: a URL per purpose. Whapi has one kind of hook, filtered by
 * {@code events} ({@code "groups.put"}, … ; empty = all); Z-API has a URL for received callbacks
 * (group notifications) and one for delivery callbacks (send outcomes).
 */
public record Subscription(Channel channel, Purpose purpose, String url, Set<String> events) {

    public enum Purpose { WHAPI, ZAPI_RECEIVED, ZAPI_DELIVERY }

    public boolean wants(String event) {
        return events.isEmpty() || events.contains(event);
    }
}
