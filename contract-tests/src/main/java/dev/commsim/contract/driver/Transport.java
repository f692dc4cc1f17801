package dev.commsim.contract.driver;

/** One HTTP exchange with a target: the drivers' only contact with the network. */
public interface Transport extends AutoCloseable {

    /**
     * @param bearer the channel's token for {@code Authorization: Bearer}, or null
     * @param json   the request body, or null
     */
    Reply send(String method, String path, String bearer, String json);

    /** Status and body of an answer. */
    record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @Override
    default void close() {
    }

    /** The fastest transport that can reach the URL: the socket one for plain-http loopback targets. */
    static Transport forUrl(String baseUrl) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
        return "http".equals(uri.getScheme()) && loopback ? new SocketTransport(baseUrl) : new JdkTransport(baseUrl);
    }

    /** By name: "jdk" (java.net.http), "rest-assured", "socket" (plain-http loopback only). */
    static Transport named(String name, String baseUrl) {
        return switch (name) {
            case "auto" -> forUrl(baseUrl);
            case "jdk" -> new JdkTransport(baseUrl);
            case "socket" -> new SocketTransport(baseUrl);
            case "rest-assured" -> new RestAssuredTransport(baseUrl);
            default -> throw new IllegalArgumentException("transport must be jdk, rest-assured or socket: " + name);
        };
    }
}
