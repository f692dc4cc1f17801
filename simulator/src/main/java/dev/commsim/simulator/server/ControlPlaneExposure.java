package dev.commsim.simulator.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether the control plane may be served on an address: anything reachable from another machine needs an admin token. */
public final class ControlPlaneExposure {
    private ControlPlaneExposure() {
    }

    public static void check(String host, String adminToken) {
        if (adminToken != null && adminToken.isBlank()) {
            throw new StartupException("--admin-token must not be blank");
        }
        InetAddress address = resolve(host);
        if (adminToken == null && !address.isLoopbackAddress()) {
            throw new StartupException("binding to " + host + " exposes the control plane /_sim/ beyond this machine;"
                    + " give --admin-token (or COMMSIM_ADMIN_TOKEN) so that /_sim/ demands it, or bind to 127.0.0.1");
        }
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StartupException("cannot resolve --host " + host);
        }
    }
}
