package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Reply;

/** A Z-API endpoint: an authenticated call in, a reply out. */
@FunctionalInterface
interface ZapiRoute {
    Reply handle(ZapiCall call);
}
