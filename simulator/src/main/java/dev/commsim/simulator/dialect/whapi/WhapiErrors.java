package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.Reason;

/** The one table from a world refusal to Whapi's status and error envelope (whapi.md §3, §4.5). */
final class WhapiErrors {
    static final String WRONG_PARAMETERS = "Wrong request parameters";

    private WhapiErrors() {
    }

    static Reply refusal(Outcome.Refused<?> refused, Family family) {
        Reason reason = refused.reason();
        String detail = refused.detail();
        return switch (reason) {
            case INVALID_INPUT, NOT_LINKED, LAST_LINKED_GROUP, ANNOUNCEMENT_MODE_FIXED, PARENT_GROUP,
                    ALREADY_MEMBER, NOT_ON_WHATSAPP, GROUP_FULL, COMMUNITY_FULL, NOT_A_MEMBER ->
                    error(400, WRONG_PARAMETERS, detail.isEmpty() ? reasonText(reason) : detail);
            case CHANNEL_NOT_FOUND -> error(404, "Channel not found", null);
            case COMMUNITY_NOT_FOUND -> error(404, family == Family.COMMUNITY_SETTINGS
                    ? "Specified community not found" : "Community not found", null);
            case GROUP_NOT_FOUND -> error(404, "Specified group not found", null);
            case PARTICIPANT_NOT_FOUND -> error(404, "Specified group or participant not found", detail);
            case CHAT_NOT_FOUND -> error(404, "Specified chat not found", null);
            case INVITE_NOT_FOUND -> error(404, "Wrong invite code", null);
            case NOT_ADMIN -> error(403, notAdminText(family), null);
            case CREATOR_FIXED -> error(403, notAdminText(family), detail);
            case NOT_ORDINARY, LINKED_ELSEWHERE, LINKED_GROUP_LIMIT, COMMUNITY_MEMBER_LIMIT ->
                    error(422, "Group cant link to community", detail);
            case SEND_FORBIDDEN -> error(403, "It is forbidden to send to this group/recipient", null);
        };
    }

    static Reply badRequest(String detail) {
        return error(400, WRONG_PARAMETERS, detail);
    }

    static Reply error(int status, String message, String details) {
        ObjectNode error = Json.object().put("code", status).put("message", message);
        if (details != null && !details.isEmpty()) {
            error.put("details", details);
        }
        ObjectNode body = Json.object();
        body.set("error", error);
        return Reply.of(status, body);
    }

    private static String notAdminText(Family family) {
        return family == Family.COMMUNITY ? "Not permission" : "You do not have permissions for this action";
    }

    private static String reasonText(Reason reason) {
        return switch (reason) {
            case ALREADY_MEMBER -> "already a member";
            case NOT_ON_WHATSAPP -> "not on WhatsApp";
            case GROUP_FULL -> "group is full";
            case COMMUNITY_FULL -> "community is full";
            case NOT_A_MEMBER -> "not a member";
            default -> reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
