package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.GroupView;
import dev.commsim.simulator.world.Message;
import dev.commsim.simulator.world.MessageIdStyle;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.SendMode;
import dev.commsim.simulator.world.SendTarget;
import dev.commsim.simulator.world.World;
import java.util.function.Function;

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
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.ACT_AS_JOIN, this::join);
        tasks.on(ControlEndpoint.ACT_AS_LEAVE, this::leave);
        tasks.on(ControlEndpoint.ACT_AS_SEND, this::send);
    }

    private Reply join(ControlCall call) {
        String phone = actor(call);
        String code = call.body().requiredString("inviteCode");
        return call.answer(() -> render(world.joinByInvite(phone, code.replace("https://chat.whatsapp.com/", "")),
                (GroupView group) -> Json.object().put("joined", true).put("phone", phone).put("groupId", group.id())));
    }

    private Reply leave(ControlCall call) {
        String phone = actor(call);
        String groupId = ChatIds.group(call.body().requiredString("groupId"));
        if (call.body().ok() && groupId == null) {
            call.body().reject("'groupId' must be a group id (…@g.us, …-group or 18 digits)");
        }
        return call.answer(() -> render(world.leaveGroup(phone, groupId, ParentReach.AS_GROUP),
                done -> Json.object().put("left", true).put("phone", phone).put("groupId", groupId)));
    }

    /** Sends as a person; a send that R7 forbids is refused at once (403), nothing recorded. */
    private Reply send(ControlCall call) {
        String phone = actor(call);
        String to = call.body().requiredString("to");
        String text = call.body().requiredString("text");
        SendTarget target = null;
        if (call.body().ok()) {
            String group = ChatIds.group(to);
            String person = ChatIds.phone(to);
            target = group != null ? SendTarget.group(group) : person != null ? SendTarget.person(person) : null;
            if (target == null) {
                call.body().reject("'to' must be a group id or a phone");
            }
        }
        SendTarget chat = target;
        return call.answer(() -> render(world.send(phone, chat, text, SendMode.REFUSE_AT_ONCE, MessageIdStyle.WHAPI),
                (Message message) -> ControlJson.message(message)));
    }

    /** The phone in the path; a malformed one is the request's problem, before any in its body. */
    private static String actor(ControlCall call) {
        String phone = ChatIds.phone(call.path("phone"));
        if (phone == null) {
            call.reject("the path's phone must be 7-15 digits");
        }
        return phone;
    }

    private static <T> Reply render(Outcome<T> outcome, Function<T, com.fasterxml.jackson.databind.JsonNode> view) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            return ControlReplies.refusal(refused);
        }
        return Reply.ok(view.apply(((Outcome.Ok<T>) outcome).value()));
    }
}
