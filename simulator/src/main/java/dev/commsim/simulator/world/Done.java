package dev.commsim.simulator.world;

/** The value of a command that succeeds with nothing to report. */
public enum Done {
    DONE
}
