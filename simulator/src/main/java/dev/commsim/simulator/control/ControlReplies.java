package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;

/** The control plane's own error shape: {@code {"error": "<text>"}}. */
final class ControlReplies {
    private ControlReplies() {
    }

    static Reply error(int status, String message) {
        return Reply.of(status, Json.object().put("error", message));
    }
}
