package dev.commsim.simulator.faults;

import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.pipeline.GateDecision;
import dev.commsim.simulator.pipeline.RequestInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The posted fault rules, in the order they were posted. Reads (every provider request) far
 * outnumber writes (a test's setup), hence a copy-on-write list: no lock on the request path.
 */
final class FaultRules {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Wires wires;

    FaultRules(Wires wires) {
        this.wires = wires;
    }

    FaultRule add(FaultSpec spec) {
        FaultRule rule = new FaultRule("f" + nextId.getAndIncrement(), spec);
        rules.add(rule);
        return rule;
    }

    List<FaultRule> all() {
        return List.copyOf(rules);
    }

    boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    int clear() {
        int removed = rules.size();
        rules.clear();
        return removed;
    }

    /** Forgets the rules and starts ids again from f1, so a reset run repeats. */
    void reset() {
        rules.clear();
        nextId.set(1);
    }

    /** The first matching rule that fires decides; none firing lets the request pass. */
    Optional<GateDecision> decide(RequestInfo request) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        for (FaultRule rule : rules) {
            if (!rule.matches(request)) {
                continue;
            }
            OptionalLong delay = rule.fire();
            if (delay.isPresent()) {
                return Optional.of(decision(rule.spec().action(), delay.getAsLong(), request));
            }
        }
        return Optional.empty();
    }

    private GateDecision decision(FaultAction action, long delayMillis, RequestInfo request) {
        if (action.drop()) {
            return GateDecision.dropAfter(delayMillis);
        }
        if (!action.answers()) {
            return GateDecision.delay(delayMillis);
        }
        var body = action.body() != null ? action.body().deepCopy()
                : ProviderErrors.body(wires.of(request.dialect()), action.status(), action.message());
        return GateDecision.answer(delayMillis, Reply.of(action.status(), body));
    }
}
