package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;

/**
 * The recorded messages, oldest first, keeping the last {@link #CAPACITY}: a simulator under load for
 * hours must not grow without bound (a million messages are ~250 MB), and a test reads what it just sent.
 * A ring: adding never copies, and reading by position stays constant-time.
 */
final class MessageLog {
    static final int CAPACITY = 100_000;

    private final int capacity;
    private Message[] ring;
    private int first;
    private int size;

    MessageLog() {
        this(CAPACITY);
    }

    MessageLog(int capacity) {
        this.capacity = capacity;
        this.ring = new Message[Math.min(16, capacity)];
    }

    /** Records a message; past the capacity, the oldest one is forgotten. */
    void add(Message message) {
        if (size == capacity) {
            // Full, so the ring is exactly the capacity long: the newest takes the oldest's slot.
            ring[first] = message;
            first = (first + 1) % ring.length;
            return;
        }
        if (size == ring.length) {
            grow();
        }
        ring[(first + size) % ring.length] = message;
        size++;
    }

    int size() {
        return size;
    }

    /** The {@code index}-th message kept, 0 being the oldest. */
    Message get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return ring[(first + index) % ring.length];
    }

    List<Message> toList() {
        List<Message> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(get(i));
        }
        return List.copyOf(all);
    }

    void clear() {
        ring = new Message[Math.min(16, capacity)];
        first = 0;
        size = 0;
    }

    private void grow() {
        Message[] bigger = new Message[Math.min(capacity, ring.length * 2)];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        ring = bigger;
        first = 0;
    }
}
