package dev.commsim.simulator.journal;

import dev.commsim.simulator.world.WorldEvent;
import java.util.List;

/** One provider request as the journal keeps it, with the world events it caused. */
public record JournalEntry(
        long sequence,
        long atMillis,
        String dialect,
        String channel,
        String method,
        String path,
        int status,
        double latencyMillis,
        String outcome,
        List<WorldEvent> events) {
}
