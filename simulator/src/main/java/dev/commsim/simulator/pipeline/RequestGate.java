package dev.commsim.simulator.pipeline;

/** Decides, before a dialect sees it, whether a request passes (faults, latency, rate limits). */
@FunctionalInterface
public interface RequestGate {
    GateDecision check(RequestInfo info);
}
