package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.BatchMode;
import dev.commsim.simulator.world.GroupSetting;
import dev.commsim.simulator.world.ParentReach;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Map;

/** Whapi's group endpoints (whapi.md §4.2) and {@code GET /groups} (§4.3). */
final class GroupRoutes {
    private static final String G = "GroupID";

    private GroupRoutes() {
    }

    static void register(WhapiRouter router) {
        router.add(Methods.GET, "/groups", GroupRoutes::list);
        router.add(Methods.POST, "/groups", GroupRoutes::create);
        router.add(Methods.PUT, "/groups", GroupRoutes::joinByInvite);
        router.add(Methods.GET, "/groups/{GroupID}", GroupRoutes::get);
        router.add(Methods.PUT, "/groups/{GroupID}", GroupRoutes::updateInfo);
        router.add(Methods.PATCH, "/groups/{GroupID}", GroupRoutes::setting);
        router.add(Methods.DELETE, "/groups/{GroupID}", GroupRoutes::leave);
        router.add(Methods.GET, "/groups/{GroupID}/invite", GroupRoutes::inviteCode);
        router.add(Methods.DELETE, "/groups/{GroupID}/invite", GroupRoutes::revokeInvite);
        router.add(Methods.POST, "/groups/{GroupID}/participants", call -> participants(call, true));
        router.add(Methods.DELETE, "/groups/{GroupID}/participants", call -> participants(call, false));
        router.add(Methods.PATCH, "/groups/{GroupID}/admins", call -> admins(call, true));
        router.add(Methods.DELETE, "/groups/{GroupID}/admins", call -> admins(call, false));
    }

    private static Reply list(WhapiCall call) {
        Paging.Read paging = Paging.of(call.exchange);
        if (paging.problem() != null) {
            return WhapiErrors.badRequest(paging.problem());
        }
        List<ObjectNode> items = call.world.groups(call.caller(), ParentReach.AS_GROUP).stream()
                .map(group -> WhapiViews.group(group, call.caller()))
                .toList();
        return Reply.ok(WhapiViews.page("groups", items, paging.paging()));
    }

    private static Reply create(WhapiCall call) {
        JsonRequest body = call.body();
        String subject = body.requiredString("subject");
        List<String> participants = WhapiReplies.participants(body);
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.createGroup(call.caller(), subject, participants), Family.GROUP,
                created -> WhapiViews.created(created.group(), created.unprocessed()));
    }

    private static Reply joinByInvite(WhapiCall call) {
        JsonRequest body = call.body();
        String code = body.requiredString("invite_code");
        if (body.ok() && !WhapiIds.validInviteCode(code)) {
            body.reject("'invite_code' must be 14-22 letters and digits");
        }
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.joinByInvite(call.caller(), code), Family.GROUP,
                group -> Json.object().put("group_id", WhapiIds.renderGroup(group.id())));
    }

    private static Reply get(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        return WhapiReplies.render(call.world.group(call.caller(), id, ParentReach.AS_GROUP), Family.GROUP,
                group -> WhapiViews.group(group, call.caller()));
    }

    private static Reply updateInfo(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        JsonRequest body = call.body();
        String subject = body.optionalString("subject");
        String description = body.optionalString("description");
        if (body.ok() && subject == null && description == null) {
            body.reject("'subject' or 'description' is required");
        }
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.updateGroupInfo(call.caller(), id, subject, description, ParentReach.AS_GROUP),
                Family.GROUP, done -> WhapiViews.success());
    }

    private static Reply setting(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        JsonRequest body = call.body();
        String name = body.requiredString("setting");
        Boolean adminsOnly = WhapiReplies.adminsPolicy(body);
        GroupSetting setting = null;
        if (body.ok()) {
            setting = switch (name) {
                case "send_messages" -> GroupSetting.ANNOUNCEMENTS_ONLY;
                case "edit_group_info" -> GroupSetting.RESTRICT_INFO;
                case "add_participants" -> GroupSetting.ADMINS_ADD;
                case "approve_participants" -> GroupSetting.APPROVE_PARTICIPANTS;
                default -> null;
            };
            if (setting == null) {
                body.reject("'setting' must be one of send_messages, edit_group_info, approve_participants, "
                        + "add_participants");
            }
        }
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.groupSettings(call.caller(), id, Map.of(setting, adminsOnly), ParentReach.AS_GROUP), Family.GROUP,
                done -> WhapiViews.success());
    }

    private static Reply leave(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        return WhapiReplies.render(call.world.leaveGroup(call.caller(), id, ParentReach.AS_GROUP), Family.GROUP,
                done -> WhapiViews.success());
    }

    private static Reply inviteCode(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        return WhapiReplies.render(call.world.inviteCode(call.caller(), id, ParentReach.AS_GROUP), Family.GROUP,
                code -> Json.object().put("invite_code", code));
    }

    private static Reply revokeInvite(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        return WhapiReplies.render(call.world.revokeInviteCode(call.caller(), id, ParentReach.AS_GROUP), Family.GROUP,
                code -> WhapiViews.success());
    }

    private static Reply participants(WhapiCall call, boolean add) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        JsonRequest body = call.body();
        List<String> phones = WhapiReplies.participants(body);
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        var outcome = add ? call.world.addParticipants(call.caller(), id, phones, ParentReach.AS_GROUP)
                : call.world.removeParticipants(call.caller(), id, phones, ParentReach.AS_GROUP);
        return WhapiReplies.render(outcome, Family.GROUP, WhapiViews::batch);
    }

    /** Promote and demote answer a plain success, so they are all or nothing (whapi.md §4.2). */
    private static Reply admins(WhapiCall call, boolean promote) {
        String id = WhapiReplies.groupParam(call, G);
        if (id == null) {
            return WhapiReplies.badId(G);
        }
        JsonRequest body = call.body();
        List<String> phones = WhapiReplies.participants(body);
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        var outcome = promote ? call.world.promote(call.caller(), id, phones, BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP)
                : call.world.demote(call.caller(), id, phones, BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP);
        return WhapiReplies.render(outcome, Family.GROUP, result -> WhapiViews.success());
    }
}
