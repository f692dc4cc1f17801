package dev.commsim.simulator.dialect.whapi;

import dev.commsim.simulator.http.Reply;

/** A Whapi endpoint: an authenticated call in, a reply out. */
@FunctionalInterface
interface WhapiRoute {
    Reply handle(WhapiCall call);
}
