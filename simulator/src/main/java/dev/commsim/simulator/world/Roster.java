package dev.commsim.simulator.world;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A group's participants, phone to rank, in the order they joined. Changes go through this class only,
 * so that {@link #list()} can hand out one {@link ParticipantList} for as long as nothing changes: reads
 * share it instead of copying the roster, and renderers keep what they derive from it.
 */
final class Roster {
    private final Map<String, Rank> ranks = new LinkedHashMap<>();
    private ParticipantList list;

    Rank get(String phone) {
        return ranks.get(phone);
    }

    boolean containsKey(String phone) {
        return ranks.containsKey(phone);
    }

    int size() {
        return ranks.size();
    }

    boolean isEmpty() {
        return ranks.isEmpty();
    }

    /** The rank before, or null for a newcomer (who joins at the end). */
    Rank put(String phone, Rank rank) {
        Rank before = ranks.put(phone, rank);
        if (before != rank) {
            list = null;
        }
        return before;
    }

    Rank putIfAbsent(String phone, Rank rank) {
        Rank before = ranks.putIfAbsent(phone, rank);
        if (before == null) {
            list = null;
        }
        return before;
    }

    Rank remove(String phone) {
        Rank before = ranks.remove(phone);
        if (before != null) {
            list = null;
        }
        return before;
    }

    Set<String> keySet() {
        return Collections.unmodifiableSet(ranks.keySet());
    }

    Collection<Rank> values() {
        return Collections.unmodifiableCollection(ranks.values());
    }

    Set<Map.Entry<String, Rank>> entrySet() {
        return Collections.unmodifiableMap(ranks).entrySet();
    }

    void forEach(BiConsumer<? super String, ? super Rank> action) {
        ranks.forEach(action);
    }

    /** The participants now; the same instance until the roster changes. Called under the world's lock. */
    ParticipantList list() {
        ParticipantList current = list;
        if (current == null) {
            String[] phones = new String[ranks.size()];
            Rank[] ranksInOrder = new Rank[phones.length];
            int i = 0;
            for (Map.Entry<String, Rank> entry : ranks.entrySet()) {
                phones[i] = entry.getKey();
                ranksInOrder[i++] = entry.getValue();
            }
            current = new ParticipantList(phones, ranksInOrder);
            list = current;
        }
        return current;
    }
}
