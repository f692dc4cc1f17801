package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Exchanges;
import io.undertow.server.HttpServerExchange;
import java.util.List;

/** Whapi's {@code count} (1-500, default 100) and {@code offset} (>= 0) query parameters (whapi.md §3). */
record WhapiPaging(int count, int offset) {

    /** The paging of a request, or the problem that names its bad parameter. */
    record Read(WhapiPaging paging, String problem) {
    }

    static Read of(HttpServerExchange exchange) {
        Integer count = number(Exchanges.query(exchange, "count"), 100, 1, 500);
        if (count == null) {
            return new Read(null, "'count' must be an integer from 1 to 500");
        }
        Integer offset = number(Exchanges.query(exchange, "offset"), 0, 0, Integer.MAX_VALUE);
        if (offset == null) {
            return new Read(null, "'offset' must be an integer >= 0");
        }
        return new Read(new WhapiPaging(count, offset), null);
    }

    private static Integer number(String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    <T> List<T> slice(List<T> items) {
        if (offset >= items.size()) {
            return List.of();
        }
        return items.subList(offset, Math.min(items.size(), offset + count));
    }
}
