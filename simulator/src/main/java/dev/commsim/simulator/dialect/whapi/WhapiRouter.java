package dev.commsim.simulator.dialect.whapi;

import io.undertow.util.HttpString;

/** Where routes register themselves. */
interface WhapiRouter {
    void add(HttpString method, String template, WhapiRoute route);
}
