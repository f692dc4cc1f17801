package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events of the command in progress. Consecutive participant events of the same kind, chat, actor
 * and cause merge into one, so a batch add of three numbers is one event with three phones. The
 * merged phone list grows in place and becomes an event only when drained: a link of a 1024-member
 * group costs 1024 appends, not 1024 copies of a growing list.
 */
final class EventLog {
    /**
     * An event being gathered: the first event, and the phones merged into it once a second one comes
     * (null until then: most commands make single events, which need no copy of their phones).
     */
    private static final class Pending {
        private final WorldEvent first;
        private List<String> merged;

        Pending(WorldEvent first) {
            this.first = first;
        }

        boolean absorbs(WorldEvent next) {
            return next.detail() == null && first.detail() == null && !next.phones().isEmpty()
                    && !first.phones().isEmpty() && first.type() == next.type() && first.chatId().equals(next.chatId())
                    && Objects.equals(first.actor(), next.actor()) && Objects.equals(first.cause(), next.cause());
        }

        void absorb(WorldEvent next) {
            if (merged == null) {
                merged = new ArrayList<>(first.phones());
            }
            merged.addAll(next.phones());
        }

        WorldEvent event() {
            WorldEvent e = first;
            return merged == null ? e : new WorldEvent(e.type(), e.chatId(), e.communityId(),
                    List.copyOf(merged), e.actor(), e.cause(), e.detail(), e.atMillis());
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(WorldEvent event) {
        if (!pending.isEmpty()) {
            Pending last = pending.get(pending.size() - 1);
            if (last.absorbs(event)) {
                last.absorb(event);
                return;
            }
        }
        pending.add(new Pending(event));
    }

    /** The events so far, and a fresh start for the next command. */
    List<WorldEvent> drain() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<WorldEvent> events = new ArrayList<>(pending.size());
        pending.forEach(p -> events.add(p.event()));
        pending.clear();
        return events;
    }
}
