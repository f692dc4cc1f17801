package dev.commsim.simulator.faults;

import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.pipeline.GateDecision;
import dev.commsim.simulator.pipeline.RequestGate;
import dev.commsim.simulator.pipeline.RequestInfo;
import dev.commsim.simulator.world.SimClock;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The gate in front of both dialects: the rate limiter first (like a provider's gateway, it counts
 * every request and a refused one never reaches the fault rules), then the fault rules.
 */
final class FaultGate implements RequestGate {
    static final int TOO_MANY_REQUESTS = 429;
    private final FaultRules rules;
    private final RateLimiter limiter;
    private final SimClock clock;
    private final Wires wires;

    FaultGate(FaultRules rules, RateLimiter limiter, SimClock clock, Wires wires) {
        this.rules = rules;
        this.limiter = limiter;
        this.clock = clock;
        this.wires = wires;
    }

    @Override
    public GateDecision check(RequestInfo request) {
        OptionalLong retryAfter = limiter.check(request, clock::epochMillis);
        if (retryAfter.isPresent()) {
            Reply reply = Reply.of(TOO_MANY_REQUESTS, ProviderErrors.body(wires.of(request.dialect()), TOO_MANY_REQUESTS, null));
            return GateDecision.answer(0, reply, Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
        }
        return rules.decide(request).orElse(GateDecision.PASS);
    }
}
