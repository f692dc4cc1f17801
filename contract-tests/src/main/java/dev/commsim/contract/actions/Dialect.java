package dev.commsim.contract.actions;

/** The provider dialect a target speaks; it decides the few rules a provider documents for itself. */
public enum Dialect {
    WHAPI,
    /** Z-API: refuses to unlink a community's last ordinary linked group (R4). */
    ZAPI;

    public static Dialect of(String name) {
        return valueOf(name.toUpperCase());
    }
}
