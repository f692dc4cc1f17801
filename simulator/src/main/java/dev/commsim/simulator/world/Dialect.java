package dev.commsim.simulator.world;

import java.util.Locale;
import java.util.Optional;

/** The provider dialect a channel speaks. */
public enum Dialect {
    WHAPI, ZAPI;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dialect> fromWireName(String name) {
        for (Dialect dialect : values()) {
            if (dialect.wireName().equals(name)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
