package dev.commsim.simulator.pipeline;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.journal.Journal;
import dev.commsim.simulator.world.SimClock;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;

/**
 * What every provider request goes through before and after its dialect: the gate (faults,
 * latency, rate limits) and the journal. Control-plane requests pass straight through, so a test can
 * always inspect and repair the simulator whatever faults it set.
 */
public final class RequestPipeline implements HttpHandler {
    private final HttpHandler next;
    private final RequestGate gate;
    private final Journal journal;
    private final SimClock clock;

    public RequestPipeline(HttpHandler next, RequestGate gate, Journal journal, SimClock clock) {
        this.next = next;
        this.gate = gate;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        RequestInfo info = RequestInfo.of(exchange);
        if (info.isControl()) {
            next.handleRequest(exchange);
            return;
        }
        long started = System.nanoTime();
        long at = clock.epochMillis();
        GateDecision decision = gate.check(info);
        if (decision.delayMillis() > 0) {
            TimeUnit.MILLISECONDS.sleep(decision.delayMillis());
        }
        String outcome;
        List<dev.commsim.simulator.world.WorldEvent> events = List.of();
        if (decision.drop()) {
            IoUtils.safeClose(exchange.getConnection());
            outcome = "dropped";
        } else if (decision.reply() != null) {
            decision.headers().forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
            Exchanges.write(exchange, decision.reply());
            outcome = "fault";
        } else {
            journal.beginCapture();
            try {
                next.handleRequest(exchange);
            } finally {
                events = journal.endCapture();
            }
            outcome = decision.delayMillis() > 0 ? "delayed" : "served";
        }
        double latency = (System.nanoTime() - started) / 1_000_000.0;
        int status = decision.drop() ? 0 : exchange.getStatusCode();
        journal.record(at, info.dialect().wireName(), info.channel(), info.method(), info.path(), status, latency,
                outcome, events);
    }
}
