package dev.commsim.simulator.world;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A group's participants at one moment, in the order they joined: immutable, and the same instance for as
 * long as the roster is unchanged. What a renderer derives from it (an answer's participant array) can
 * therefore be kept with it: {@link #derived} computes once per derivation and list.
 */
public final class ParticipantList extends AbstractList<Participant> implements RandomAccess {
    private final Participant[] participants;
    /** Derivation, value, derivation, value...: copied on write, so readers never lock. */
    private volatile Object[] derived = new Object[0];

    ParticipantList(Participant[] participants) {
        this.participants = participants;
    }

    @Override
    public Participant get(int index) {
        return participants[index];
    }

    @Override
    public int size() {
        return participants.length;
    }

    /**
     * The participants' phones but {@code phone}, in order: a view over this list, not a copy, so a
     * message keeps who it reached for the price of one small object.
     */
    public List<String> phonesExcept(String phone) {
        int skipped = -1;
        for (int i = 0; i < participants.length; i++) {
            if (participants[i].phone().equals(phone)) {
                skipped = i;
                break;
            }
        }
        return new Phones(participants, skipped);
    }

    /** Phones of a participant array, one position skipped (or none, at -1). */
    private static final class Phones extends AbstractList<String> implements RandomAccess {
        private final Participant[] participants;
        private final int skipped;

        Phones(Participant[] participants, int skipped) {
            this.participants = participants;
            this.skipped = skipped;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return participants[skipped >= 0 && index >= skipped ? index + 1 : index].phone();
        }

        @Override
        public int size() {
            return skipped < 0 ? participants.length : participants.length - 1;
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
