package dev.commsim.simulator.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.control.ControlCall;
import dev.commsim.simulator.control.ControlEndpoint;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
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
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.JOURNAL, this::list);
        tasks.on(ControlEndpoint.CLEAR_JOURNAL, call -> {
            journal.clear();
            return Reply.ok(Json.object().put("cleared", true));
        });
    }

    @Override
    public void reset() {
        journal.clear();
    }

    private Reply list(ControlCall call) {
        Predicate<JournalEntry> filter = entry -> true;
        filter = filter.and(equal(call.query("dialect"), JournalEntry::dialect));
        filter = filter.and(equal(call.query("channel"), JournalEntry::channel));
        String method = call.query("method");
        if (method != null) {
            filter = filter.and(entry -> entry.method().equalsIgnoreCase(method));
        }
        String path = call.query("path");
        if (path != null) {
            filter = filter.and(entry -> entry.path().contains(path));
        }
        String event = call.query("event");
        if (event != null) {
            filter = filter.and(entry -> entry.events().stream()
                    .anyMatch(e -> e.type().name().equalsIgnoreCase(event)));
        }
        Integer status = number(call.query("status"));
        Integer limit = number(call.query("limit"));
        if ((call.query("status") != null && status == null)
                || (call.query("limit") != null && (limit == null || limit < 1))) {
            call.reject("'status' and 'limit' must be positive integers");
        }
        if (status != null) {
            filter = filter.and(entry -> entry.status() == status);
        }
        Predicate<JournalEntry> wanted = filter;
        return call.answer(() -> {
            List<JournalEntry> entries = journal.entries(wanted, limit == null ? Integer.MAX_VALUE : limit);
            ArrayNode array = Json.array();
            entries.forEach(entry -> array.add(JournalJson.entry(entry)));
            return Reply.ok(Json.object().set("entries", array));
        });
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
