package dev.commsim.simulator.server;

import io.undertow.attribute.ExchangeAttribute;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.accesslog.AccessLogHandler;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * {@code --log-requests}: one line per request on standard output, written when the exchange ends
 * (Undertow's access log): wall-clock time, method, path and query, status, microseconds taken, e.g.
 * {@code 14:03:07.123 POST /communities 200 845us}. A connection a fault rule dropped shows {@code dropped}
 * instead of a status, since no answer was sent. The journal ({@code GET /_sim/journal}) holds the same
 * requests with the world events each caused.
 */
final class RequestLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private RequestLog() {
    }

    /** Needs {@code UndertowOptions.RECORD_REQUEST_START_TIME} on the server, for the time taken. */
    static HttpHandler around(HttpHandler next) {
        return new AccessLogHandler(next, System.out::println, "commsim request line", new Line());
    }

    private static final class Line implements ExchangeAttribute {
        @Override
        public String readAttribute(HttpServerExchange exchange) {
            StringBuilder line = new StringBuilder(96);
            TIME.formatTo(LocalTime.now(), line);
            line.append(' ').append(exchange.getRequestMethod()).append(' ').append(exchange.getRequestURI());
            if (!exchange.getQueryString().isEmpty()) {
                line.append('?').append(exchange.getQueryString());
            }
            line.append(' ');
            if (exchange.isResponseStarted()) {
                line.append(exchange.getStatusCode());
            } else {
                line.append("dropped");
            }
            long started = exchange.getRequestStartTime();
            if (started > 0) {
                line.append(' ').append(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started)).append("us");
            }
            return line.toString();
        }

        @Override
        public void writeAttribute(HttpServerExchange exchange, String newValue) {
            throw new UnsupportedOperationException("a log line is read-only");
        }
    }
}
