package dev.commsim.simulator.faults;

import dev.commsim.simulator.pipeline.RequestInfo;
import dev.commsim.simulator.world.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts provider requests per channel in fixed windows of the simulated clock. A channel's window
 * opens with its first request and lasts {@code windowSeconds}; past {@code requests} in it, a
 * request is refused until the window closes. Only the most specific limit in scope applies.
 */
final class RateLimiter {
    /** Limits sorted most specific first; replaced whole on change so readers need no lock. */
    private volatile List<RateLimit> limits = List.of();
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

    /** Counts the request; answers how many seconds until it would be allowed, or empty when allowed now. */
    OptionalLong check(RequestInfo request, long nowMillis) {
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
        Window window = windows.compute(key, (k, old) -> old == null || !old.covers(nowMillis, windowMillis)
                ? new Window(nowMillis, 1) : new Window(old.startMillis(), old.count() + 1));
        if (window.count() <= limit.requests()) {
            return OptionalLong.empty();
        }
        long waitMillis = window.startMillis() + windowMillis - nowMillis;
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }

    /** Requests counted in the open window of each channel, for the listing. */
    Map<WindowKey, Window> windows() {
        return Map.copyOf(windows);
    }

    /** One counter per limit, dialect and channel (a request without a channel counts under null). */
    record WindowKey(RateLimit limit, Dialect dialect, String channel) {
    }

    record Window(long startMillis, long count) {
        /** A clock set back before the window's start also opens a new window. */
        boolean covers(long nowMillis, long windowMillis) {
            return nowMillis >= startMillis && nowMillis < startMillis + windowMillis;
        }
    }
}
