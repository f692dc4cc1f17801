package dev.commsim.simulator.dialect;

import dev.commsim.simulator.world.Dialect;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The dialects a simulator speaks, by name and by the paths they serve. */
public final class Wires {
    private final Map<Dialect, Wire> byDialect = new EnumMap<>(Dialect.class);
    /** Longest mount first, so that {@code "/"} is the fallback. */
    private final List<Wire> byMount;

    public Wires(List<Wire> wires) {
        wires.forEach(wire -> byDialect.put(wire.dialect(), wire));
        if (byDialect.size() != Dialect.values().length) {
            throw new IllegalArgumentException("one wire per dialect: " + byDialect.keySet());
        }
        byMount = wires.stream().sorted(Comparator.comparingInt((Wire wire) -> wire.mount().length()).reversed())
                .toList();
    }

    public Wire of(Dialect dialect) {
        return byDialect.get(dialect);
    }

    /** The dialect whose routes a path falls under. */
    public Wire forPath(String path) {
        for (Wire wire : byMount) {
            String mount = wire.mount();
            if (mount.equals("/") || path.startsWith(mount + "/")) {
                return wire;
            }
        }
        throw new IllegalStateException("no dialect serves " + path);
    }
}
