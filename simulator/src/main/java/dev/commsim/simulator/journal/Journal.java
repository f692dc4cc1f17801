package dev.commsim.simulator.journal;

import dev.commsim.simulator.world.WorldEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The request journal: the last {@code capacity} provider requests, each with the world events it
 * caused. Events are caught per thread: the world tells its listeners on the thread that ran the
 * command, which is the thread serving the request.
 */
public final class Journal {
    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private final ThreadLocal<List<WorldEvent>> captured = new ThreadLocal<>();
    private long sequence;

    public Journal(int capacity) {
        this.capacity = capacity;
    }

    /** The world listener that routes events to the request being served on this thread. */
    public Consumer<List<WorldEvent>> eventListener() {
        return events -> {
            List<WorldEvent> sink = captured.get();
            if (sink != null) {
                sink.addAll(events);
            }
        };
    }

    /** Starts catching events for the request this thread serves. */
    public void beginCapture() {
        captured.set(new ArrayList<>());
    }

    /** The events caught since {@link #beginCapture()}, and the end of catching. */
    public List<WorldEvent> endCapture() {
        List<WorldEvent> events = captured.get();
        captured.remove();
        return events == null ? List.of() : List.copyOf(events);
    }

    public synchronized void record(long atMillis, String dialect, String channel, String method, String path,
                                    int status, double latencyMillis, String outcome, List<WorldEvent> events) {
        entries.addLast(new JournalEntry(++sequence, atMillis, dialect, channel, method, path, status,
                latencyMillis, outcome, events));
        while (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    public synchronized List<JournalEntry> entries(Predicate<JournalEntry> filter, int limit) {
        List<JournalEntry> matching = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (filter.test(entry)) {
                matching.add(entry);
            }
        }
        return matching.size() <= limit ? matching : matching.subList(matching.size() - limit, matching.size());
    }

    public synchronized void clear() {
        entries.clear();
    }
}
