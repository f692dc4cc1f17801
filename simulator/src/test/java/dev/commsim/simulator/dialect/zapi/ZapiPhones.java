package dev.commsim.simulator.dialect.zapi;

/** Test numbers. Numbers ending in 0000 are "not on WhatsApp" in the simulator; none of the people here do. */
final class ZapiPhones {
    static final String ANA = "5511911110001";
    static final String BRUNO = "5511911110002";
    static final String CARLA = "5511911110003";
    static final String DIEGO = "5511911110004";
    static final String ELISA = "5511911110005";
    static final String FABIO = "5511911110006";
    static final String NOT_ON_WHATSAPP = "5511990000000";

    private ZapiPhones() {
    }
}
