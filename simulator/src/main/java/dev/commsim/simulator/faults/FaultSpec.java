package dev.commsim.simulator.faults;

/**
 * A fault rule as posted: what it matches, what it does, how often ({@code times} null = unlimited;
 * {@code probability} null = always) and the seed of its own random source, so a run repeats.
 */
record FaultSpec(FaultMatch match, FaultAction action, Integer times, Double probability, long seed) {
}
