package dev.commsim.simulator.dialect.zapi;

import io.undertow.util.HttpString;

/** Where routes register themselves; {@code endpoint} is relative to {@code /instances/{id}/token/{token}}. */
interface ZapiRouter {
    void add(HttpString method, String endpoint, ZapiRoute route);
}
