package dev.commsim.simulator.world;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A group's participants at one moment, in the order they joined: immutable, and the same instance for as
 * long as the participants are unchanged. What a renderer derives from it (an answer's participant array) can
 * therefore be kept with it: {@link #derived} computes once per derivation and list.
 */
public final class ParticipantList extends AbstractList<Participant> implements RandomAccess {
    /**
     * Phones and ranks side by side, not {@link Participant} objects: a group's list lives as long as its
     * participants are unchanged, and a million memberships cost 8 MB this way instead of 28 MB.
     */
    private final String[] phones;
    private final Rank[] ranks;
    /** Derivation, value, derivation, value...: copied on write, so readers never lock. */
    private volatile Object[] derived = new Object[0];

    ParticipantList(String[] phones, Rank[] ranks) {
        this.phones = phones;
        this.ranks = ranks;
    }

    @Override
    public Participant get(int index) {
        return new Participant(phones[index], ranks[index]);
    }

    @Override
    public int size() {
        return phones.length;
    }

    /** The rank of {@code phone} here, or null when it is not a participant. */
    public Rank rankOf(String phone) {
        for (int i = 0; i < phones.length; i++) {
            if (phones[i].equals(phone)) {
                return ranks[i];
            }
        }
        return null;
    }

    /** The participants' phones in order: a view over this list, not a copy. */
    public List<String> phones() {
        return new Phones(phones, -1);
    }

    /**
     * The participants' phones but {@code phone}, in order: a view over this list, not a copy, so a
     * message keeps who it reached for the price of one small object.
     */
    public List<String> phonesExcept(String phone) {
        int skipped = -1;
        for (int i = 0; i < phones.length; i++) {
            if (phones[i].equals(phone)) {
                skipped = i;
                break;
            }
        }
        return new Phones(phones, skipped);
    }

    /** A phone array, one position skipped (or none, at -1). */
    private static final class Phones extends AbstractList<String> implements RandomAccess {
        private final String[] phones;
        private final int skipped;

        Phones(String[] phones, int skipped) {
            this.phones = phones;
            this.skipped = skipped;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return phones[skipped >= 0 && index >= skipped ? index + 1 : index];
        }

        @Override
        public int size() {
            return skipped < 0 ? phones.length : phones.length - 1;
        }
    }

    /**
     * The value {@code derivation} makes of this list, computed on first use. The derivation object itself
     * is the key, so keep it in a constant. Two threads asking at once may both compute; one result stays.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<? super ParticipantList, T> derivation) {
        Object[] known = derived;
        for (int i = 0; i < known.length; i += 2) {
            if (known[i] == derivation) {
                return (T) known[i + 1];
            }
        }
        T value = derivation.apply(this);
        Object[] more = java.util.Arrays.copyOf(known, known.length + 2);
        more[known.length] = derivation;
        more[known.length + 1] = value;
        derived = more;
        return value;
    }
}
