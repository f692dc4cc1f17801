package dev.commsim.simulator.world;

/**
 * How a provider answers a send that R7 forbids: Whapi refuses at once; Z-API accepts the message
 * and records it as failed, to be reported by its delivery webhook.
 */
public enum SendMode {
    REFUSE_AT_ONCE, ACCEPT_THEN_FAIL
}
