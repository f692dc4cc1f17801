package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Outcome;
import java.util.Locale;

/** The control plane's own error shape, for every module: {@code {"error": "<text>"}}. */
public final class ControlReplies {
    private ControlReplies() {
    }

    public static Reply error(int status, String message) {
        return Reply.of(status, Json.object().put("error", message));
    }

    /** A world refusal: {@code {"error": text, "reason": CODE}} with a status that fits the reason. */
    public static Reply refusal(Outcome.Refused<?> refused) {
        int status = switch (refused.reason()) {
            case CHANNEL_NOT_FOUND, COMMUNITY_NOT_FOUND, GROUP_NOT_FOUND, PARTICIPANT_NOT_FOUND, CHAT_NOT_FOUND,
                    INVITE_NOT_FOUND -> 404;
            case NOT_ADMIN, SEND_FORBIDDEN, CREATOR_FIXED -> 403;
            case INVALID_INPUT -> 400;
            default -> 409;
        };
        String text = refused.detail().isEmpty()
                ? refused.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                : refused.detail();
        return Reply.of(status, Json.object().put("error", text).put("reason", refused.reason().name()));
    }
}
