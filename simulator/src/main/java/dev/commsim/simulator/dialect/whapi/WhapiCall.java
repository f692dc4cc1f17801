package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.DialectCall;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.world.Channel;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One authenticated Whapi request: Whapi's readings of ids, numbers and paging, its replies, the channel's webhook settings. */
final class WhapiCall extends DialectCall {
    /** More numbers than this in one request is a malformed request, not a batch. */
    static final int MAX_BATCH = 5000;

    final WebhookHub webhooks;

    WhapiCall(HttpServerExchange exchange, World world, WebhookHub webhooks, Channel channel, byte[] body) {
        super(exchange, world, channel, body);
        this.webhooks = webhooks;
    }

    @Override
    protected Reply badRequest(String problem) {
        return WhapiErrors.badRequest(problem);
    }

    <T> Reply render(Outcome<T> outcome, Family family, Function<? super T, ? extends JsonNode> view) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return Reply.ok(view.apply(ok.value()));
        }
        return WhapiErrors.refusal((Outcome.Refused<?>) outcome, family);
    }

    /** The digits of a {@code …@g.us} path parameter; a malformed one is the request's problem. */
    String groupPath(String name) {
        String id = WhapiIds.group(path(name));
        if (id == null) {
            reject("'" + name + "' must be a group id like 120363000000000000@g.us");
        }
        return id;
    }

    /** The request's {@code count} and {@code offset}; bad values are the request's problem. */
    WhapiPaging paging() {
        WhapiPaging.Read read = WhapiPaging.of(exchange);
        if (read.problem() != null) {
            reject(read.problem());
        }
        return read.paging();
    }

    /** The body's {@code participants} array as bare digits; a bad entry is the request's problem. */
    List<String> participants() {
        List<String> raw = body().requiredStrings("participants", 1, MAX_BATCH);
        if (raw == null) {
            return null;
        }
        List<String> phones = new ArrayList<>(raw.size());
        for (String entry : raw) {
            String phone = WhapiIds.contact(entry);
            if (phone == null) {
                body().reject("'participants' holds an invalid number: " + entry
                        + " (7-15 digits, optionally with @s.whatsapp.net)");
                return null;
            }
            phones.add(phone);
        }
        return phones;
    }

    /** A settings body's {@code policy}: {@code "admins"} (true) or {@code "anyone"} (false). */
    Boolean adminsPolicy() {
        String policy = body().requiredString("policy");
        if (policy == null) {
            return null;
        }
        return switch (policy) {
            case "admins" -> true;
            case "anyone" -> false;
            default -> {
                body().reject("'policy' must be \"anyone\" or \"admins\"");
                yield null;
            }
        };
    }
}
