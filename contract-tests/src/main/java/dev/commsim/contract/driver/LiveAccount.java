package dev.commsim.contract.driver;

import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Roster;
import dev.commsim.contract.model.Settings;

/** Credentials of a live provider account from the environment: who acts, and a driver that cleans up. */
public interface LiveAccount {

    /** Only the account's own channels: the kit never adds a stranger's number to a real group. */
    Roster roster();

    /** A new driver: no reset, no read-back; deactivates and leaves what it created. */
    default Target<Step, Settings> driver() {
        return driver(java.util.function.UnaryOperator.identity());
    }

    /** The same, its HTTP transport wrapped (to record the run: {@code run --record-to}). */
    Target<Step, Settings> driver(java.util.function.UnaryOperator<Transport> wrap);
}
