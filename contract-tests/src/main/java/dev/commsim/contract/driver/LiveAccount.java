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
    Target<Step, Settings> driver();
}
