package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Call;
import dev.commsim.simulator.http.Reply;
import io.undertow.server.HttpServerExchange;

/** One control-plane request; a malformed one is answered {@code 400 {"error"}}. */
public final class ControlCall extends Call {
    ControlCall(HttpServerExchange exchange, byte[] body) {
        super(exchange, body);
    }

    @Override
    protected Reply badRequest(String problem) {
        return ControlReplies.error(400, problem);
    }
}
