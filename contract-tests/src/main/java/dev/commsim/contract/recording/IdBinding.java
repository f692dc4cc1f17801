package dev.commsim.contract.recording;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recorded ids bound to simulated ids, one kind at a time ({@code group}, {@code phone}, {@code invite},
 * {@code message}, …): the first time they stand in the same place they are bound for the rest of the
 * file, one to one. A trial binding records new pairs on top of its parent and gives them to it only
 * when committed, so an attempt to match two list items that fails leaves nothing behind.
 */
final class IdBinding {
    private final IdBinding parent;
    private final Map<String, String> realToSim = new HashMap<>();
    private final Map<String, String> simToReal = new HashMap<>();
    private final Map<String, Integer> boundAt = new HashMap<>();

    IdBinding() {
        this(null);
    }

    private IdBinding(IdBinding parent) {
        this.parent = parent;
    }

    IdBinding trial() {
        return new IdBinding(this);
    }

    /** Gives this trial's pairs to its parent. */
    void commit() {
        parent.realToSim.putAll(realToSim);
        parent.simToReal.putAll(simToReal);
        parent.boundAt.putAll(boundAt);
    }

    Optional<String> sim(String kind, String real) {
        return lookup(b -> b.realToSim, kind + " " + real);
    }

    Optional<String> real(String kind, String sim) {
        return lookup(b -> b.simToReal, kind + " " + sim);
    }

    /** The exchange that first bound this recorded id (0: the starting world), if bound. */
    Optional<Integer> boundAt(String kind, String real) {
        return lookup(b -> b.boundAt, kind + " " + real);
    }

    /** A pair in this binding or the nearest parent that has it. */
    private <V> Optional<V> lookup(Function<IdBinding, Map<String, V>> table, String key) {
        for (IdBinding b = this; b != null; b = b.parent) {
            V found = table.apply(b).get(key);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * Binds the pair when neither is bound yet; answers null when they agree (now or before), else why
     * they do not (the recorded id stands for another simulated one, or the simulated id for another
     * recorded one).
     */
    String bind(String kind, String real, String sim, int seq) {
        Optional<String> known = sim(kind, real);
        if (known.isPresent()) {
            return known.get().equals(sim) ? null
                    : kind + " " + real + " stands for " + known.get() + since(kind, real) + ", not " + sim;
        }
        Optional<String> taken = real(kind, sim);
        if (taken.isPresent()) {
            return "the simulator's " + kind + " " + sim + " stands for " + taken.get() + since(kind, taken.get())
                    + ", not " + real;
        }
        realToSim.put(kind + " " + real, sim);
        simToReal.put(kind + " " + sim, real);
        boundAt.put(kind + " " + real, seq);
        return null;
    }

    private String since(String kind, String real) {
        int at = boundAt(kind, real).orElse(0);
        return at == 0 ? " (from the starting world)" : " (since #" + at + ")";
    }
}
