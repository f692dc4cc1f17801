package dev.commsim.simulator.world;

import java.util.LinkedHashMap;
import java.util.List;

/** R7: who may post where, and what a message reached. */
final class MessageRules {
    private final WorldState state;

    MessageRules(WorldState state) {
        this.state = state;
    }

    Outcome<Message> send(String caller, SendTarget target, String text, SendMode mode, MessageIdStyle style) {
        if (!target.group()) {
            Message message = record(caller, target, text, style, Message.Status.SENT, null, List.of(target.id()));
            state.contactChats.computeIfAbsent(caller, phone -> new LinkedHashMap<>())
                    .put(target.id(), message.timestampMillis());
            return Outcome.ok(message);
        }
        Group group = state.visibleGroup(caller, target.id());
        Reason refusal = group == null ? Reason.CHAT_NOT_FOUND : postingRefusal(caller, group);
        if (refusal != null) {
            if (mode == SendMode.REFUSE_AT_ONCE) {
                return Outcome.refused(refusal);
            }
            return Outcome.ok(record(caller, target, text, style, Message.Status.FAILED, refusal, List.of()));
        }
        List<String> recipients = group.participants.list().phonesExcept(caller);
        state.touch(group);
        return Outcome.ok(record(caller, target, text, style, Message.Status.SENT, null, recipients));
    }

    /** Nobody posts to P; only admins post to Y or to an admin-only group. */
    private static Reason postingRefusal(String caller, Group group) {
        if (group.kind == GroupKind.COMMUNITY_PARENT) {
            return Reason.SEND_FORBIDDEN;
        }
        boolean adminsOnly = group.kind == GroupKind.COMMUNITY_ANNOUNCEMENT || group.announcementsOnly;
        return adminsOnly && !group.isAdmin(caller) ? Reason.SEND_FORBIDDEN : null;
    }

    private Message record(String caller, SendTarget target, String text, MessageIdStyle style,
                           Message.Status status, Reason failure, List<String> recipients) {
        Message message = new Message(style.id(state.ids), style.secondaryId(state.ids), target.id(),
                target.group(), caller, text, state.clock.epochMillis(), status, failure, recipients);
        state.messages.add(message);
        Group group = target.group() ? state.groups.get(target.id()) : null;
        state.events.add(new WorldEvent(status == Message.Status.SENT ? WorldEvent.Type.MESSAGE_SENT
                : WorldEvent.Type.MESSAGE_FAILED, target.id(), group == null ? null : WorldState.communityIdOf(group),
                recipients, caller, failure == null ? null : failure.name(), message.id(), message.timestampMillis()));
        return message;
    }
}
