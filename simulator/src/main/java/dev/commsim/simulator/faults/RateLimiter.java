package dev.commsim.simulator.faults;

import dev.commsim.simulator.pipeline.RequestInfo;
import dev.commsim.simulator.world.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts provider requests per channel in fixed windows of the simulated clock. A channel's window
 * opens with its first request and lasts {@code windowSeconds}; past {@code requests} in it, a
 * request is refused until the window closes. Only the most specific limit in scope applies.
 */
final class RateLimiter {
    /** Limits sorted most specific first; replaced whole on change so readers need no lock. */
    private volatile List<RateLimit> limits = List.of();
    private static final int PRUNE_ABOVE = 10_000;
    private final Map<WindowKey, Window> windows = new ConcurrentHashMap<>();

    synchronized RateLimit put(RateLimit limit) {
        List<RateLimit> next = new ArrayList<>(limits);
        next.removeIf(limit::sameScope);
        next.add(limit);
        next.sort(Comparator.comparingInt(RateLimit::specificity).reversed());
        limits = List.copyOf(next);
        windows.keySet().removeIf(key -> key.limit().sameScope(limit));
        return limit;
    }

    List<RateLimit> all() {
        return limits;
    }

    synchronized int clear() {
        int removed = limits.size();
        limits = List.of();
        windows.clear();
        return removed;
    }

    /**
     * Counts the request; answers how many seconds until it would be allowed, or empty when allowed now.
     * The clock is read inside the counter's atomic update, so concurrent requests see their windows in
     * time order (a time read outside could predate the window another thread just opened).
     */
    OptionalLong check(RequestInfo request, LongSupplier clockMillis) {
        List<RateLimit> current = limits;
        if (current.isEmpty()) {
            return OptionalLong.empty();
        }
        RateLimit limit = current.stream().filter(l -> l.applies(request)).findFirst().orElse(null);
        if (limit == null) {
            return OptionalLong.empty();
        }
        long windowMillis = limit.windowSeconds() * 1000L;
        WindowKey key = new WindowKey(limit, request.dialect(), request.channel());
        Window window = windows.compute(key, (k, old) -> {
            long now = clockMillis.getAsLong();
            return old == null || !old.covers(now, windowMillis)
                    ? new Window(now, 1, now) : new Window(old.startMillis(), old.count() + 1, now);
        });
        if (windows.size() > PRUNE_ABOVE) {
            prune(window.lastMillis());
        }
        if (window.count() <= limit.requests()) {
            return OptionalLong.empty();
        }
        long waitMillis = window.startMillis() + windowMillis - window.lastMillis();
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }

    /** Closed windows count for nothing; dropping them keeps a run over many channels from growing the map. */
    private void prune(long nowMillis) {
        windows.entrySet().removeIf(entry ->
                !entry.getValue().covers(nowMillis, entry.getKey().limit().windowSeconds() * 1000L));
    }

    /** Requests counted in the open window of each channel, for the listing. */
    Map<WindowKey, Window> windows() {
        return Map.copyOf(windows);
    }

    /** One counter per limit, dialect and channel (a request without a channel counts under null). */
    record WindowKey(RateLimit limit, Dialect dialect, String channel) {
    }

    /** A window opened at {@code startMillis} holding {@code count} requests, the last one at {@code lastMillis}. */
    record Window(long startMillis, long count, long lastMillis) {
        /** A clock set back before the window's start also opens a new window. */
        boolean covers(long nowMillis, long windowMillis) {
            return nowMillis >= startMillis && nowMillis < startMillis + windowMillis;
        }
    }
}
