package dev.commsim.simulator.pipeline;

import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.journal.Journal;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.WorldEvent;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;

/**
 * What every provider request goes through before and after its dialect: the gate (faults,
 * latency, rate limits) and the journal. Control-plane requests pass straight through, so a test can
 * always inspect and repair the simulator whatever faults it set.
 *
 * <p>Provider requests are short (a body, a world command under one lock, a small answer), so they
 * are served on the I/O thread: the body is read without blocking, then handled at once. Only what
 * may take long goes to a worker thread: the control plane (state dumps and imports) and requests a
 * fault rule delays. Blocking handlers spun Undertow's I/O threads and cost about 3x the CPU.
 */
public final class RequestPipeline implements HttpHandler {
    private final HttpHandler next;
    private final HttpHandler control;
    private final RequestGate gate;
    private final Journal journal;
    private final SimClock clock;
    private final Wires wires;

    public RequestPipeline(HttpHandler next, RequestGate gate, Journal journal, SimClock clock, Wires wires) {
        this.next = next;
        this.wires = wires;
        this.control = new BlockingHandler(next);
        this.gate = gate;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        RequestInfo info = RequestInfo.of(exchange, wires);
        if (info.isControl()) {
            control.handleRequest(exchange);
            return;
        }
        long started = System.nanoTime();
        long at = clock.epochMillis();
        GateDecision decision = gate.check(info);
        if (decision.delayMillis() > 0 && exchange.isInIoThread()) {
            // A delay must not hold the I/O thread: finish on a worker, where sleeping is harmless.
            exchange.dispatch(() -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(decision.delayMillis());
                    decide(exchange, info, decision, started, at);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    IoUtils.safeClose(exchange.getConnection());
                }
            });
            return;
        }
        decide(exchange, info, decision, started, at);
    }

    private void decide(HttpServerExchange exchange, RequestInfo info, GateDecision decision, long started, long at) {
        if (decision.drop()) {
            IoUtils.safeClose(exchange.getConnection());
            record(info, 0, "dropped", List.of(), started, at);
        } else if (decision.reply() != null) {
            decision.headers().forEach((name, value) ->
                    exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
            record(info, decision.reply().status(), "fault", List.of(), started, at);
            Exchanges.write(exchange, decision.reply());
        } else {
            String outcome = decision.delayMillis() > 0 ? "delayed" : "served";
            exchange.getRequestReceiver().receiveFullBytes(
                    (ex, body) -> serve(ex, info, body, null, outcome, started, at),
                    (ex, failure) -> serve(ex, info, null, failure, outcome, started, at));
        }
    }

    /**
     * Runs the dialect with the body already read (or the read's failure, which it answers in its own shape).
     * The request is journalled as its answer is committed, before the client can read it, so that a client
     * asking the journal next always finds it.
     */
    private void serve(HttpServerExchange exchange, RequestInfo info, byte[] body, IOException failure, String outcome,
                       long started, long at) {
        Exchanges.attachBody(exchange, body, failure);
        journal.beginCapture();
        exchange.addResponseCommitListener(committed ->
                record(info, committed.getStatusCode(), outcome, journal.endCapture(), started, at));
        try {
            next.handleRequest(exchange);
        } catch (Exception e) {
            throw new IllegalStateException("a dialect let an exception out", e);
        }
    }

    private void record(RequestInfo info, int status, String outcome, List<WorldEvent> events, long started, long at) {
        double latency = (System.nanoTime() - started) / 1_000_000.0;
        journal.record(at, info.dialect().wireName(), info.channel(), info.method(), info.path(), status, latency,
                outcome, events);
    }
}
