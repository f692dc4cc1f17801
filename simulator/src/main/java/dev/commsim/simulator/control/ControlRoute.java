package dev.commsim.simulator.control;

import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import io.undertow.server.HttpServerExchange;

/** One control-plane endpoint: the exchange (for path and query) and the parsed body in, a reply out. */
@FunctionalInterface
public interface ControlRoute {
    Reply handle(HttpServerExchange exchange, JsonRequest body);
}
