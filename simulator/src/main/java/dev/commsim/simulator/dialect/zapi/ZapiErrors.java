package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.InputProblem;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.Reason;
import java.util.Locale;
import java.util.Map;

/** The one table from a world refusal to Z-API's reply (zapi.md §4.5), and Z-API's error texts. */
final class ZapiErrors {
    static final String INSTANCE_NOT_FOUND = "Instance not found";
    static final String CLIENT_TOKEN_MISSING = "your client-token is not configured";
    static final String GROUP_NOT_FOUND = "Group not found";
    static final String COMMUNITY_NOT_FOUND = "Community not found";
    static final String CHAT_NOT_FOUND = "Chat not found";
    static final String NOT_AUTHORIZED = "not-authorized";
    static final String INVALID_PHONE = "Invalid phone";
    static final String MENTION_ALL_OUTSIDE_GROUP = "mentionAll can only be used in groups";
    static final String ANNOUNCEMENT_FIXED =
            "adminOnlyMessage and adminOnlyAddMember cannot be changed on a community's announcement group";

    private ZapiErrors() {
    }

    static Reply refusal(Outcome.Refused<?> refused, Family family) {
        return refusal(refused, family, Map.of());
    }

    /** {@code fields}: Z-API's names of the world's fields, for a refused input ("'groupName' must not be empty"). */
    static Reply refusal(Outcome.Refused<?> refused, Family family, Map<InputProblem.Field, String> fields) {
        Reason reason = refused.reason();
        switch (reason) {
            // Malformed input and R10's fixed announcement mode are 400s on every endpoint (§4.5).
            case INVALID_INPUT:
                return badRequest(inputText(refused, fields));
            case ANNOUNCEMENT_MODE_FIXED:
                return badRequest(ANNOUNCEMENT_FIXED);
            case CHANNEL_NOT_FOUND:
                return badRequest(INSTANCE_NOT_FOUND);
            default:
                break;
        }
        return switch (family) {
            case VALUE -> Reply.ok(ZapiViews.value(false));
            case SUCCESS -> Reply.ok(ZapiViews.success(false));
            case GROUP_LOOKUP -> badRequest(lookupText(reason, GROUP_NOT_FOUND));
            case COMMUNITY_LOOKUP -> badRequest(lookupText(reason, COMMUNITY_NOT_FOUND));
            case CHAT_LOOKUP -> badRequest(lookupText(reason, CHAT_NOT_FOUND));
            case CREATE -> badRequest(reasonText(reason));
        };
    }

    /** P is shown as "not found" on group endpoints (zapi.md §4.2), hence PARENT_GROUP here. */
    private static String lookupText(Reason reason, String notFound) {
        return switch (reason) {
            case GROUP_NOT_FOUND, COMMUNITY_NOT_FOUND, CHAT_NOT_FOUND, PARENT_GROUP -> notFound;
            case NOT_ADMIN, CREATOR_FIXED -> NOT_AUTHORIZED;
            default -> reasonText(reason);
        };
    }

    private static String inputText(Outcome.Refused<?> refused, Map<InputProblem.Field, String> fields) {
        InputProblem input = refused.input();
        String name = input == null ? null : fields.get(input.field());
        if (name != null) {
            return "'" + name + "' " + input.problem();
        }
        return refused.detail().isEmpty() ? "invalid request" : refused.detail();
    }

    static Reply badRequest(String text) {
        return error(400, text);
    }

    static Reply error(int status, String text) {
        return Reply.of(status, Json.object().put("error", text));
    }

    private static String reasonText(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
