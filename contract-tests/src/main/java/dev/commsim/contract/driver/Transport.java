package dev.commsim.contract.driver;

/** One HTTP exchange with a target: the drivers' only contact with the network. */
public interface Transport extends AutoCloseable {

    /**
     * @param bearer the channel's token for {@code Authorization: Bearer}, or null
     * @param json   the request body, or null
     */
    default Reply send(String method, String path, String bearer, String json) {
        return send(method, path, bearer, json, java.util.Map.of());
    }

    /** The same with more headers (Z-API's {@code Client-Token}). */
    Reply send(String method, String path, String bearer, String json, java.util.Map<String, String> headers);

    /** Status and body of an answer. */
    record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @Override
    default void close() {
    }

    /**
     * By name: "jdk" (java.net.http, the default) or "rest-assured". Measured
     * with the bench command: REST-assured stays far below the 1500 steps/s target, java.net.http
     * passes it.
     */
    static Transport named(String name, String baseUrl) {
        return switch (name) {
            case "jdk" -> new JdkTransport(baseUrl);
            case "rest-assured" -> new RestAssuredTransport(baseUrl);
            default -> throw new IllegalArgumentException("transport must be jdk or rest-assured: " + name);
        };
    }
}
