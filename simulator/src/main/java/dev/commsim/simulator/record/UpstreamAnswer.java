package dev.commsim.simulator.record;

import java.util.List;
import java.util.Map;

/**
 * What an upstream answered: status, headers and body exactly as received; or, when it gave no
 * answer (refused connection, timeout, broken TLS), {@code failure} says why and the rest is empty.
 */
public record UpstreamAnswer(int status, Map<String, List<String>> headers, byte[] body, String failure) {

    public UpstreamAnswer {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static UpstreamAnswer failed(String why) {
        return new UpstreamAnswer(0, Map.of(), new byte[0], why);
    }

    public boolean answered() {
        return failure == null;
    }
}
