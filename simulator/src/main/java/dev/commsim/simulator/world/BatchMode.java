package dev.commsim.simulator.world;

/**
 * How a promote or demote batch is judged: number by number, or all or nothing (Whapi answers
 * these with a plain success, so a bad number must leave the whole batch unapplied).
 */
public enum BatchMode {
    EACH, ALL_OR_NOTHING
}
