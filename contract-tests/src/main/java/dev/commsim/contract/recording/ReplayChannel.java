package dev.commsim.contract.recording;

import java.util.Map;

/**
 * A recorded channel as the replay speaks for it: the recording keeps no credentials, so each channel
 * gets made-up ones derived from its label, declared on the simulator with the channel's number when it
 * is known (else the simulator provisions the channel on first use).
 */
record ReplayChannel(String label, String dialect, String phone) {

    String token() {
        return "commsim-replay-" + label;
    }

    String instanceId() {
        return "COMMSIM-REPLAY-" + label.toUpperCase(java.util.Locale.ROOT);
    }

    boolean identified() {
        return !label.endsWith("-unidentified");
    }

    /** The path as sent: a Z-API path goes under the channel's credential prefix. */
    String path(String relative) {
        if (!dialect.equals("zapi") || !identified()) {
            return relative;
        }
        return "/instances/" + instanceId() + "/token/" + token() + relative;
    }

    /** Whapi's bearer token, or null. */
    String bearer() {
        return dialect.equals("whapi") && identified() ? token() : null;
    }

    /** The credentials as they may show up in an answer (never in a recorded one: those are redacted). */
    Map<String, String> secrets() {
        return Map.of(token(), "REDACTED", instanceId(), "REDACTED");
    }
}
