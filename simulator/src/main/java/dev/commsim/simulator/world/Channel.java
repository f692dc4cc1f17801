package dev.commsim.simulator.world;

/**
 * An API tenant bound to one account (rules.md, Entities). {@code credential} is the Whapi token or
 * the Z-API {@code instanceId/token} pair; {@code clientToken} is Z-API's optional account header.
 */
public record Channel(Dialect dialect, String credential, String phone, String clientToken, boolean declared) {
}
