package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Exchanges;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.snapshot.StateJson;
import dev.commsim.simulator.world.MessageIdStyle;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.SendMode;
import dev.commsim.simulator.world.SendTarget;
import dev.commsim.simulator.world.World;
import io.undertow.server.HttpServerExchange;

/**
 * "Someone else" acts, as any phone, without a channel: {@code POST /_sim/act-as/{phone}/join}
 * ({@code {"inviteCode"}}), {@code /leave} ({@code {"groupId"}}), {@code /send} ({@code {"to", "text"}}).
 * The world applies its rules to them exactly as to a channel's account.
 */
public final class ActAsModule implements ControlModule {
    private final World world;

    public ActAsModule(World world) {
        this.world = world;
    }

    @Override
    public void register(Routes routes) {
        routes.add("POST", "/act-as/{phone}/join", this::join);
        routes.add("POST", "/act-as/{phone}/leave", this::leave);
        routes.add("POST", "/act-as/{phone}/send", this::send);
    }

    private Reply join(HttpServerExchange exchange, JsonRequest body) {
        String phone = ChatIds.phone(Exchanges.pathParam(exchange, "phone"));
        String code = body.requiredString("inviteCode");
        if (!body.ok() || phone == null) {
            return ControlReplies.error(400, phone == null ? "the path's phone must be 7-15 digits" : body.problem());
        }
        var outcome = world.joinByInvite(phone, code.replace("https://chat.whatsapp.com/", ""));
        if (outcome instanceof Outcome.Refused<?> refused) {
            return ControlReplies.refusal(refused);
        }
        String groupId = ((Outcome.Ok<dev.commsim.simulator.world.GroupView>) outcome).value().id();
        return Reply.ok(Json.object().put("joined", true).put("phone", phone).put("groupId", groupId));
    }

    private Reply leave(HttpServerExchange exchange, JsonRequest body) {
        String phone = ChatIds.phone(Exchanges.pathParam(exchange, "phone"));
        String raw = body.requiredString("groupId");
        String groupId = ChatIds.group(raw);
        if (body.ok() && groupId == null) {
            body.reject("'groupId' must be a group id (…@g.us, …-group or 18 digits)");
        }
        if (!body.ok() || phone == null) {
            return ControlReplies.error(400, phone == null ? "the path's phone must be 7-15 digits" : body.problem());
        }
        var outcome = world.leaveGroup(phone, groupId, ParentReach.AS_GROUP);
        if (outcome instanceof Outcome.Refused<?> refused) {
            return ControlReplies.refusal(refused);
        }
        return Reply.ok(Json.object().put("left", true).put("phone", phone).put("groupId", groupId));
    }

    /** Sends as a person; a send that R7 forbids is refused at once (403), nothing recorded. */
    private Reply send(HttpServerExchange exchange, JsonRequest body) {
        String phone = ChatIds.phone(Exchanges.pathParam(exchange, "phone"));
        String to = body.requiredString("to");
        String text = body.requiredString("text");
        SendTarget target = null;
        if (body.ok()) {
            String group = ChatIds.group(to);
            String person = ChatIds.phone(to);
            target = group != null ? SendTarget.group(group) : person != null ? SendTarget.person(person) : null;
            if (target == null) {
                body.reject("'to' must be a group id or a phone");
            }
        }
        if (!body.ok() || phone == null) {
            return ControlReplies.error(400, phone == null ? "the path's phone must be 7-15 digits" : body.problem());
        }
        var outcome = world.send(phone, target, text, SendMode.REFUSE_AT_ONCE, MessageIdStyle.WHAPI);
        if (outcome instanceof Outcome.Refused<?> refused) {
            return ControlReplies.refusal(refused);
        }
        var message = ((Outcome.Ok<dev.commsim.simulator.world.Message>) outcome).value();
        return Reply.ok(StateJson.message(message));
    }
}
