package dev.commsim.simulator.world;

/**
 * Whether a dialect's group endpoints reach a community's parent group. Whapi's do, like any group;
 * Z-API's reach it only through its community endpoints, so to its group endpoints the parent is "not
 * found" and its group listings leave it out (rules.md R2).
 */
public enum ParentReach {
    AS_GROUP, COMMUNITY_ONLY
}
