package dev.commsim.simulator.http;

import io.undertow.server.HttpServerExchange;
import java.util.function.Supplier;

/**
 * One request as a route reads it: path parameters, query, and a JSON body parsed on first use. Reading
 * records the first problem it meets (in the path and query, then in the body), and {@link #answer}
 * turns it into the 400 of the route's API in one place, so a route reads like the API's documentation.
 */
public abstract class Call {
    public final HttpServerExchange exchange;
    private final byte[] rawBody;
    private JsonRequest body;
    private String problem;

    protected Call(HttpServerExchange exchange, byte[] rawBody) {
        this.exchange = exchange;
        this.rawBody = rawBody;
    }

    public String path(String name) {
        return Exchanges.pathParam(exchange, name);
    }

    public String query(String name) {
        return Exchanges.query(exchange, name);
    }

    public JsonRequest body() {
        if (body == null) {
            body = JsonRequest.parse(rawBody);
        }
        return body;
    }

    /** Records a problem with the path or the query (a malformed id, a bad paging value) unless one is known. */
    public void reject(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    /** The first problem found reading the request, or null. */
    public String problem() {
        if (problem != null) {
            return problem;
        }
        return body == null ? null : body.problem();
    }

    /** The action's reply when the request read cleanly; otherwise the API's answer to a malformed request. */
    public Reply answer(Supplier<Reply> action) {
        String found = problem();
        return found == null ? action.get() : badRequest(found);
    }

    protected abstract Reply badRequest(String problem);
}
