package dev.commsim.simulator.webhooks;

import dev.commsim.simulator.world.Channel;
import java.util.Set;

/**
 * Where one channel wants its events: a URL per purpose, a name its dialect gives to each of its kinds
 * of webhook ({@code Wire.purposes}), and the event names it wants ({@code "groups.put"}, …; empty: all).
 */
public record Subscription(Channel channel, String purpose, String url, Set<String> events) {

    public boolean wants(String event) {
        return events.isEmpty() || events.contains(event);
    }
}
