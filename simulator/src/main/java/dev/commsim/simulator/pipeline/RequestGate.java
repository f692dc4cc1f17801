package dev.commsim.simulator.pipeline;

/** Decides, before a dialect sees it, whether a request passes (faults, latency, rate limits). */
@FunctionalInterface
public interface RequestGate {
    RequestGate OPEN = info -> GateDecision.PASS;

    GateDecision check(RequestInfo info);
}
