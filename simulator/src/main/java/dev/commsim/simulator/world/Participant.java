package dev.commsim.simulator.world;

/** One participant of a group as seen from outside the world. */
public record Participant(String phone, Rank rank) {
}
