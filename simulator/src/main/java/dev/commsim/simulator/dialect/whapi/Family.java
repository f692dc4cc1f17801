package dev.commsim.simulator.dialect.whapi;

/** Whapi words the same refusal differently per endpoint family (whapi.md §4.5). */
enum Family {
    COMMUNITY, COMMUNITY_SETTINGS, GROUP, MESSAGE
}
