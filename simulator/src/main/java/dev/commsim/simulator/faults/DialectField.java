package dev.commsim.simulator.faults;

import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.world.Dialect;

/** The optional {@code dialect} field shared by fault rules and rate limits. */
final class DialectField {
    private DialectField() {
    }

    static Dialect read(JsonRequest body) {
        String name = body.optionalString("dialect");
        if (name == null) {
            return null;
        }
        Dialect dialect = Dialect.fromWireName(name).orElse(null);
        if (dialect == null) {
            body.reject("'dialect' must be \"whapi\" or \"zapi\"");
        }
        return dialect;
    }
}
