package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Exchanges;

/**
 * Whapi's credential: {@code Authorization: Bearer <token>}, or the {@code token} query parameter
 * when there is no header (whapi.md §1). Read by hand: a regex split per request showed in profiles.
 */
public final class BearerToken {
    private BearerToken() {
    }

    /** The request's token: the header wins over the query; null when neither gives one. */
    static String of(io.undertow.server.HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(io.undertow.util.Headers.AUTHORIZATION);
        if (header != null) {
            return of(header);
        }
        String query = Exchanges.query(exchange, "token");
        return query == null || query.isBlank() ? null : query;
    }

    /** The token, or null when the header is not a bearer credential with a token. */
    public static String of(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        int space = 0;
        while (space < value.length() && !Character.isWhitespace(value.charAt(space))) {
            space++;
        }
        if (space == value.length() || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
            return null;
        }
        String token = value.substring(space).trim();
        return token.isEmpty() ? null : token;
    }
}
