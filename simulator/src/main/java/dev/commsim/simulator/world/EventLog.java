package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events of the command in progress. Consecutive roster events of the same kind, chat, actor
 * and cause merge into one, so a batch add of three numbers is one event with three phones.
 */
final class EventLog {
    private final List<WorldEvent> pending = new ArrayList<>();

    void add(WorldEvent event) {
        if (!pending.isEmpty() && !event.phones().isEmpty() && event.detail() == null) {
            WorldEvent last = pending.get(pending.size() - 1);
            if (last.type() == event.type() && last.chatId().equals(event.chatId())
                    && Objects.equals(last.actor(), event.actor()) && Objects.equals(last.cause(), event.cause())
                    && !last.phones().isEmpty() && last.detail() == null) {
                List<String> merged = new ArrayList<>(last.phones());
                merged.addAll(event.phones());
                pending.set(pending.size() - 1, new WorldEvent(last.type(), last.chatId(), last.communityId(),
                        List.copyOf(merged), last.actor(), last.cause(), null, last.atMillis()));
                return;
            }
        }
        pending.add(event);
    }

    /** The events so far, and a fresh start for the next command. */
    List<WorldEvent> drain() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<WorldEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
