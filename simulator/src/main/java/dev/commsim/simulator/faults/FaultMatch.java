package dev.commsim.simulator.faults;

import dev.commsim.simulator.pipeline.RequestInfo;
import dev.commsim.simulator.world.Dialect;

/** Which provider requests a rule applies to; a null field matches anything. */
record FaultMatch(Dialect dialect, String method, PathGlob path, String channel) {

    boolean matches(RequestInfo request) {
        return (dialect == null || dialect == request.dialect())
                && (method == null || method.equalsIgnoreCase(request.method()))
                && (channel == null || channel.equals(request.channel()))
                && (path == null || path.matches(request.path()));
    }
}
