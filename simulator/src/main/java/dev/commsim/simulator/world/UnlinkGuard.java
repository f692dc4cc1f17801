package dev.commsim.simulator.world;

/** Z-API documents that a community must keep one ordinary linked group; Whapi does not (R4). */
public enum UnlinkGuard {
    ANY_GROUP, KEEP_LAST_GROUP
}
