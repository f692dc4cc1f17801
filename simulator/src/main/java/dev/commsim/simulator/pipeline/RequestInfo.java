package dev.commsim.simulator.pipeline;

import dev.commsim.simulator.http.BearerToken;
import dev.commsim.simulator.world.Dialect;
import io.undertow.server.HttpServerExchange;

/**
 * What the pipeline knows of a request before a dialect parses it: which dialect (null for the
 * control plane), which channel it claims (Whapi token, or Z-API instance id; null when absent),
 * method and path. Faults, rate limits and the journal match on these.
 */
public record RequestInfo(Dialect dialect, String channel, String method, String path) {

    public static final String CONTROL_PREFIX = "/_sim";
    public static final String ZAPI_PREFIX = "/instances/";

    public boolean isControl() {
        return dialect == null;
    }

    public static RequestInfo of(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
            return new RequestInfo(null, null, method, path);
        }
        if (path.startsWith(ZAPI_PREFIX)) {
            String rest = path.substring(ZAPI_PREFIX.length());
            int slash = rest.indexOf('/');
            String instance = slash < 0 ? rest : rest.substring(0, slash);
            return new RequestInfo(Dialect.ZAPI, instance.isEmpty() ? null : instance, method, path);
        }
        return new RequestInfo(Dialect.WHAPI, BearerToken.of(exchange), method, path);
    }
}
