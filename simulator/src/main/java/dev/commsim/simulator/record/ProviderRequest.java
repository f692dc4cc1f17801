package dev.commsim.simulator.record;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provider request as the client sent it: the full path (a Z-API path starts with
 * {@code /instances/{id}/token/{token}}), the raw query string (or null), the headers and the body.
 */
public record ProviderRequest(String method, String path, String query, Map<String, List<String>> headers,
                              byte[] body) {

    public ProviderRequest {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, whatever its case; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Z-API requests go to {@code /instances/…}; everything else is Whapi.Cloud's. */
    public boolean isZapi() {
        return path.equals("/instances") || path.startsWith("/instances/");
    }
}
