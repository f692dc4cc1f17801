package dev.commsim.simulator.pipeline;

import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.world.Dialect;
import io.undertow.server.HttpServerExchange;

/**
 * What the pipeline knows of a request before a dialect parses it: which dialect (null for the
 * control plane), which channel it claims (Whapi token, or Z-API instance id; null when absent),
 * method and path. Faults, rate limits and the journal match on these.
 */
public record RequestInfo(Dialect dialect, String channel, String method, String path) {

    public static final String CONTROL_PREFIX = "/_sim";

    public boolean isControl() {
        return dialect == null;
    }

    /** The dialect whose paths the request falls under tells which channel it names. */
    public static RequestInfo of(HttpServerExchange exchange, Wires wires) {
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
            return new RequestInfo(null, null, method, path);
        }
        Wire wire = wires.forPath(path);
        return new RequestInfo(wire.dialect(), wire.claimedChannel(exchange), method, path);
    }
}
