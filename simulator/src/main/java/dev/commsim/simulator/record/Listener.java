package dev.commsim.simulator.record;

/** Where record mode listens: the simulator's own host, port, body size limit and admin token (null: none). */
public record Listener(String host, int port, long maxBodyBytes, String adminToken) {
    private static final long ONE_MIB = 1024 * 1024;

    /** Any free loopback port, 1 MiB bodies, an open control plane: what tests use. */
    public static Listener loopback() {
        return new Listener("127.0.0.1", 0, ONE_MIB, null);
    }
}
