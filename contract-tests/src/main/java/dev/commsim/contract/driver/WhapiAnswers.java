package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Reason;
import java.util.ArrayList;
import java.util.List;

/** Whapi answers to provider-neutral observations: the refusal map of whapi.md §4.5, read backwards. */
final class WhapiAnswers {

    private WhapiAnswers() {
    }

    static Observation refusal(Transport.Reply reply) {
        JsonNode error = SimControl.parse(reply.body()).path("error");
        String message = error.path("message").asText("");
        String details = error.path("details").asText("");
        String human = reply.status() + " " + message + (details.isEmpty() ? "" : " (" + details + ")");
        return new Observation.Refused(reason(reply.status(), message, details), human);
    }

    static Reason reason(int status, String message, String details) {
        String text = details.toLowerCase();
        return switch (status) {
            case 400 -> text.contains("not linked") ? Reason.NOT_LINKED
                    : text.contains("fixed") ? Reason.ANNOUNCEMENT_FIXED
                    : text.contains("group is full") ? Reason.GROUP_FULL
                    : text.contains("community is full") ? Reason.COMMUNITY_MEMBER_LIMIT : Reason.BAD_REQUEST;
            case 403 -> switch (message) {
                case "Not permission" -> Reason.NOT_COMMUNITY_ADMIN;
                case "You do not have permissions for this action" -> Reason.NOT_GROUP_ADMIN;
                case "It is forbidden to send to this group/recipient" -> Reason.SEND_FORBIDDEN;
                default -> Reason.UNRECOGNISED;
            };
            case 404 -> switch (message) {
                case "Community not found", "Specified community not found" -> Reason.COMMUNITY_NOT_FOUND;
                case "Specified group not found" -> Reason.GROUP_NOT_FOUND;
                case "Specified group or participant not found" -> Reason.PARTICIPANT_NOT_FOUND;
                case "Specified chat not found" -> Reason.CHAT_NOT_FOUND;
                case "Wrong invite code" -> Reason.INVITE_NOT_FOUND;
                default -> Reason.UNRECOGNISED;
            };
            case 422 -> text.contains("not an ordinary group") ? Reason.NOT_ORDINARY
                    : text.contains("already linked") ? Reason.LINKED_ELSEWHERE
                    : text.contains("linked group limit") ? Reason.LINKED_GROUP_LIMIT
                    : text.contains("member limit") ? Reason.COMMUNITY_MEMBER_LIMIT : Reason.UNRECOGNISED;
            default -> Reason.UNRECOGNISED;
        };
    }

    /** {@code {"processed": [...], "failed": [...]}} with phones as handles. */
    static Observation batch(JsonNode body, Phonebook phones) {
        return new Observation.Batch(handles(body.path("processed"), phones), handles(body.path("failed"), phones));
    }

    /** {@code GroupCreate}: the participants added (the creator aside) and the unprocessed ones. */
    static Observation created(JsonNode body, String creatorPhone, Phonebook phones) {
        List<String> added = new ArrayList<>();
        for (JsonNode p : body.path("participants")) {
            String phone = p.path("id").asText();
            if (!phone.equals(creatorPhone)) {
                added.add(phones.handleOf(phone));
            }
        }
        return new Observation.Batch(added, handles(body.path("unprocessed_participants"), phones));
    }

    private static List<String> handles(JsonNode array, Phonebook phones) {
        List<String> handles = new ArrayList<>();
        array.forEach(n -> handles.add(phones.handleOf(n.asText())));
        return handles;
    }
}
