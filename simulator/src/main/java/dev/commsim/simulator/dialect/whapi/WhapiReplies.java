package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Shared pieces of Whapi routes: outcome rendering, id parameters, participant lists. */
final class WhapiReplies {
    /** More numbers than this in one request is a malformed request, not a batch. */
    static final int MAX_BATCH = 5000;

    private WhapiReplies() {
    }

    static <T> Reply render(Outcome<T> outcome, Family family, Function<? super T, ? extends JsonNode> view) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return Reply.ok(view.apply(ok.value()));
        }
        return WhapiErrors.refusal((Outcome.Refused<?>) outcome, family);
    }

    /** The digits of a {@code …@g.us} path parameter, or null when malformed. */
    static String groupParam(WhapiCall call, String name) {
        return WhapiIds.group(call.path(name));
    }

    static Reply badId(String name) {
        return WhapiErrors.badRequest("'" + name + "' must be a group id like 120363000000000000@g.us");
    }

    /** The {@code participants} array as bare digits; records a problem naming the bad entry. */
    static List<String> participants(JsonRequest body) {
        List<String> raw = body.requiredStrings("participants", 1, MAX_BATCH);
        if (raw == null) {
            return null;
        }
        List<String> phones = new ArrayList<>(raw.size());
        for (String entry : raw) {
            String phone = WhapiIds.contact(entry);
            if (phone == null) {
                body.reject("'participants' holds an invalid number: " + entry
                        + " (7-15 digits, optionally with @s.whatsapp.net)");
                return null;
            }
            phones.add(phone);
        }
        return phones;
    }

    /** Settings bodies: {@code {"setting": one of names, "policy": "anyone"|"admins"}}; true means admins. */
    static Boolean adminsPolicy(JsonRequest body) {
        String policy = body.requiredString("policy");
        if (policy == null) {
            return null;
        }
        return switch (policy) {
            case "admins" -> true;
            case "anyone" -> false;
            default -> {
                body.reject("'policy' must be \"anyone\" or \"admins\"");
                yield null;
            }
        };
    }
}
