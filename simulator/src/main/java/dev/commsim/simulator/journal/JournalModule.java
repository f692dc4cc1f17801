package dev.commsim.simulator.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code GET /_sim/journal} with filters ({@code dialect}, {@code channel}, {@code method},
 * {@code path} substring, {@code status}, {@code event} type, {@code limit}) and {@code DELETE /_sim/journal}.
 */
public final class JournalModule implements ControlModule {
    private final Journal journal;

    public JournalModule(Journal journal) {
        this.journal = journal;
    }

    @Override
    public void register(Routes routes) {
        routes.add("GET", "/journal", (exchange, body) -> list(exchange));
        routes.add("DELETE", "/journal", (exchange, body) -> {
            journal.clear();
            return Reply.ok(Json.object().put("cleared", true));
        });
    }

    @Override
    public void reset() {
        journal.clear();
    }

    private Reply list(HttpServerExchange exchange) {
        Predicate<JournalEntry> filter = entry -> true;
        filter = filter.and(equal(Exchanges.query(exchange, "dialect"), JournalEntry::dialect));
        filter = filter.and(equal(Exchanges.query(exchange, "channel"), JournalEntry::channel));
        String method = Exchanges.query(exchange, "method");
        if (method != null) {
            filter = filter.and(entry -> entry.method().equalsIgnoreCase(method));
        }
        String path = Exchanges.query(exchange, "path");
        if (path != null) {
            filter = filter.and(entry -> entry.path().contains(path));
        }
        String event = Exchanges.query(exchange, "event");
        if (event != null) {
            filter = filter.and(entry -> entry.events().stream()
                    .anyMatch(e -> e.type().name().equalsIgnoreCase(event)));
        }
        Integer status = number(Exchanges.query(exchange, "status"));
        Integer limit = number(Exchanges.query(exchange, "limit"));
        if ((Exchanges.query(exchange, "status") != null && status == null)
                || (Exchanges.query(exchange, "limit") != null && (limit == null || limit < 1))) {
            return Reply.of(400, Json.object().put("error", "'status' and 'limit' must be positive integers"));
        }
        if (status != null) {
            filter = filter.and(entry -> entry.status() == status);
        }
        List<JournalEntry> entries = journal.entries(filter, limit == null ? Integer.MAX_VALUE : limit);
        ArrayNode array = Json.array();
        entries.forEach(entry -> array.add(JournalJson.entry(entry)));
        return Reply.ok(Json.object().set("entries", array));
    }

    private static Predicate<JournalEntry> equal(String wanted, java.util.function.Function<JournalEntry, String> field) {
        return wanted == null ? entry -> true : entry -> wanted.equals(field.apply(entry));
    }

    private static Integer number(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
