package dev.commsim.simulator.world;

import java.util.Arrays;
import java.util.List;

/**
 * A group's participants, phone to rank, in the order they joined. Every change goes through here, so
 * that the world's {@link ParticipantIndex} stays in step and {@link #list()} can hand out one
 * {@link ParticipantList} for as long as nothing changes (reads share it; renderers keep what they
 * derive from it).
 *
 * <p>Kept compact: phones in join order (a removed one leaves a hole until the next compaction), a rank
 * byte each, and an open-addressing table of positions. A membership costs about 18 bytes this way
 * instead of a linked hash map's ~49, which pays for the index by participant in a world of a million.
 */
final class Participants {
    private static final Rank[] RANKS = Rank.values();

    private final Group group;
    private ParticipantIndex index;
    private String[] phones = new String[4];
    private byte[] ranks = new byte[4];
    /** Positions used in {@code phones}, holes included. */
    private int end;
    private int size;
    /** Linear probing, at most half full: a phone's position + 1, or 0 for an empty slot. */
    private int[] slots = new int[8];
    /** 32 minus log2 of the table's length: a hash's top bits pick its home slot. */
    private int shift = 29;
    private ParticipantList list;

    Participants(Group group) {
        this.group = group;
    }

    /** From now on the world's index follows these participants, starting with the present ones. */
    void indexIn(ParticipantIndex index) {
        this.index = index;
        for (int i = 0; i < end; i++) {
            if (phones[i] != null) {
                index.add(phones[i], group);
            }
        }
    }

    /** The group is leaving the world: the index forgets it. */
    void unindex() {
        if (index != null) {
            for (int i = 0; i < end; i++) {
                if (phones[i] != null) {
                    index.remove(phones[i], group);
                }
            }
            index = null;
        }
    }

    Rank rankOf(String phone) {
        int slot = slotOf(phone);
        return slot < 0 ? null : RANKS[ranks[slots[slot] - 1]];
    }

    boolean has(String phone) {
        return slotOf(phone) >= 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean anyAdmin() {
        for (int i = 0; i < end; i++) {
            if (phones[i] != null && RANKS[ranks[i]].isAdmin()) {
                return true;
            }
        }
        return false;
    }

    /** The longest-standing participant, or null. */
    String first() {
        for (int i = 0; i < end; i++) {
            if (phones[i] != null) {
                return phones[i];
            }
        }
        return null;
    }

    /** The phones in join order, as they are now: changing the participants later does not change this list. */
    List<String> phones() {
        return list().phones();
    }

    /** The rank before, or null for a newcomer (who joins at the end). */
    Rank put(String phone, Rank rank) {
        int slot = slotOf(phone);
        if (slot < 0) {
            append(phone, rank);
            return null;
        }
        int position = slots[slot] - 1;
        Rank before = RANKS[ranks[position]];
        if (before != rank) {
            ranks[position] = (byte) rank.ordinal();
            list = null;
        }
        return before;
    }

    Rank putIfAbsent(String phone, Rank rank) {
        int slot = slotOf(phone);
        if (slot >= 0) {
            return RANKS[ranks[slots[slot] - 1]];
        }
        append(phone, rank);
        return null;
    }

    Rank remove(String phone) {
        int slot = slotOf(phone);
        if (slot < 0) {
            return null;
        }
        int position = slots[slot] - 1;
        Rank before = RANKS[ranks[position]];
        phones[position] = null;
        size--;
        list = null;
        clearSlot(slot);
        if (index != null) {
            index.remove(phone, group);
        }
        if (end - size > 8 && end - size > size) {
            compact(size + size / 2);
        }
        return before;
    }

    /** The participants now; the same instance until they change. Called under the world's lock. */
    ParticipantList list() {
        ParticipantList current = list;
        if (current == null) {
            String[] inOrder = new String[size];
            Rank[] ranksInOrder = new Rank[size];
            int n = 0;
            for (int i = 0; i < end; i++) {
                if (phones[i] != null) {
                    inOrder[n] = phones[i];
                    ranksInOrder[n++] = RANKS[ranks[i]];
                }
            }
            current = new ParticipantList(inOrder, ranksInOrder);
            list = current;
        }
        return current;
    }

    private void append(String phone, Rank rank) {
        if (end == phones.length) {
            if (end - size > size / 4) {
                compact(size + (size >> 1) + 1);
            } else {
                int capacity = phones.length + (phones.length >> 1) + 1;
                phones = Arrays.copyOf(phones, capacity);
                ranks = Arrays.copyOf(ranks, capacity);
            }
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        phones[end] = phone;
        ranks[end] = (byte) rank.ordinal();
        place(end);
        end++;
        size++;
        list = null;
        if (index != null) {
            index.add(phone, group);
        }
    }

    /** The slot holding {@code phone}, or a negative number when it is not a participant. */
    private int slotOf(String phone) {
        int mask = slots.length - 1;
        for (int slot = home(phone); ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (phones[entry - 1].equals(phone)) {
                return slot;
            }
        }
    }

    private void place(int position) {
        int mask = slots.length - 1;
        int slot = home(phones[position]);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = position + 1;
    }

    /** Empties a slot, moving later entries of the same probe run back so that every lookup still finds them. */
    private void clearSlot(int slot) {
        int mask = slots.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; slots[next] != 0; next = (next + 1) & mask) {
            int home = home(phones[slots[next] - 1]);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                slots[hole] = slots[next];
                hole = next;
            }
        }
        slots[hole] = 0;
    }

    /** Closes the holes left by removals, in join order. */
    private void compact(int capacity) {
        String[] keptPhones = new String[Math.max(4, capacity)];
        byte[] keptRanks = new byte[keptPhones.length];
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (phones[i] != null) {
                keptPhones[n] = phones[i];
                keptRanks[n++] = ranks[i];
            }
        }
        phones = keptPhones;
        ranks = keptRanks;
        end = n;
        int table = 8;
        while (table < (size + 1) * 2) {
            table <<= 1;
        }
        rehash(table);
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int i = 0; i < end; i++) {
            if (phones[i] != null) {
                place(i);
            }
        }
    }

    /**
     * Fibonacci hashing: phones that differ in their last digits have hash codes a few apart, which the
     * low bits would put side by side in one long run of taken slots; the multiplication scatters them.
     */
    private int home(String phone) {
        return (phone.hashCode() * 0x9E3779B9) >>> shift;
    }
}
