package dev.commsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.function.Consumer;

/**
 * One thread driving many load connections through one selector, as wrk does: a thread per connection
 * would cost a wake-up and a context switch per request, which on 2 shared cores is taken from the
 * server under test.
 */
final class EventLoop implements Runnable {
    private static final long SELECT_TIMEOUT_MILLIS = 100;
    private static final long TIMEOUT_CHECK_NANOS = 1_000_000_000L;

    private final List<LoadConnection> connections;
    private final Selector selector;
    /** Allocated once: select(Consumer) then costs no selected-key set nor iterator per wake-up. */
    private final Consumer<SelectionKey> dispatch = this::onReady;
    private int running;

    EventLoop(List<LoadConnection> connections) throws IOException {
        this.connections = List.copyOf(connections);
        this.selector = Selector.open();
    }

    @Override
    public void run() {
        try (selector) {
            running = connections.size();
            for (LoadConnection connection : connections) {
                connection.begin(selector);
                countIfDone(connection);
            }
            long nextTimeoutCheck = System.nanoTime() + TIMEOUT_CHECK_NANOS;
            while (running > 0) {
                selector.select(dispatch, SELECT_TIMEOUT_MILLIS);
                long now = System.nanoTime();
                if (now >= nextTimeoutCheck) {
                    for (LoadConnection connection : connections) {
                        if (!connection.done()) {
                            connection.checkTimeout(now);
                            countIfDone(connection);
                        }
                    }
                    nextTimeoutCheck = now + TIMEOUT_CHECK_NANOS;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void onReady(SelectionKey key) {
        LoadConnection connection = (LoadConnection) key.attachment();
        connection.onReady(key.readyOps());
        countIfDone(connection);
    }

    /** A connection is done once, when its next request would start after the window: it then has no key. */
    private void countIfDone(LoadConnection connection) {
        if (connection.done()) {
            running--;
        }
    }
}
