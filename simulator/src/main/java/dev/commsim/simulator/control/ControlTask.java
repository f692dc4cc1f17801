package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Reply;

/** What the control plane does for one {@link ControlEndpoint}: a call in, a reply out. */
@FunctionalInterface
public interface ControlTask {
    Reply handle(ControlCall call);
}
