package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.BatchMode;
import dev.commsim.simulator.world.BatchResult;
import dev.commsim.simulator.world.GroupSetting;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Map;

/** Whapi's group endpoints (whapi.md §4.2) and {@code GET /groups} (§4.3). Whapi reaches a community's parent like any group. */
final class GroupRoutes {
    private static final String G = "GroupID";
    private static final ParentReach REACH = ParentReach.AS_GROUP;

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
        WhapiPaging paging = call.paging();
        return call.answer(() -> {
            List<ObjectNode> items = call.world.groups(call.caller(), REACH).stream()
                    .map(group -> WhapiViews.group(group, call.caller()))
                    .toList();
            return Reply.ok(WhapiViews.page("groups", items, paging));
        });
    }

    private static Reply create(WhapiCall call) {
        String subject = call.body().requiredString("subject");
        List<String> participants = call.participants();
        return call.answer(() -> call.render(call.world.createGroup(call.caller(), subject, participants), Family.GROUP,
                created -> WhapiViews.created(created.group(), created.unprocessed())));
    }

    private static Reply joinByInvite(WhapiCall call) {
        String code = call.body().requiredString("invite_code");
        if (code != null && !WhapiIds.validInviteCode(code)) {
            call.body().reject("'invite_code' must be 14-22 letters and digits");
        }
        return call.answer(() -> call.render(call.world.joinByInvite(call.caller(), code), Family.GROUP,
                group -> Json.object().put("group_id", WhapiIds.renderGroup(group.id()))));
    }

    private static Reply get(WhapiCall call) {
        String id = call.groupPath(G);
        return call.answer(() -> call.render(call.world.group(call.caller(), id, REACH), Family.GROUP,
                group -> WhapiViews.group(group, call.caller())));
    }

    private static Reply updateInfo(WhapiCall call) {
        String id = call.groupPath(G);
        String subject = call.body().optionalString("subject");
        String description = call.body().optionalString("description");
        if (call.body().ok() && subject == null && description == null) {
            call.body().reject("'subject' or 'description' is required");
        }
        return call.answer(() -> call.render(call.world.updateGroupInfo(call.caller(), id, subject, description, REACH),
                Family.GROUP, done -> WhapiViews.success()));
    }

    private static Reply setting(WhapiCall call) {
        String id = call.groupPath(G);
        String name = call.body().requiredString("setting");
        Boolean adminsOnly = call.adminsPolicy();
        GroupSetting setting = name == null ? null : switch (name) {
            case "send_messages" -> GroupSetting.ANNOUNCEMENTS_ONLY;
            case "edit_group_info" -> GroupSetting.RESTRICT_INFO;
            case "add_participants" -> GroupSetting.ADMINS_ADD;
            case "approve_participants" -> GroupSetting.APPROVE_PARTICIPANTS;
            default -> null;
        };
        if (name != null && setting == null) {
            call.body().reject("'setting' must be one of send_messages, edit_group_info, approve_participants, "
                    + "add_participants");
        }
        return call.answer(() -> call.render(call.world.groupSettings(call.caller(), id, Map.of(setting, adminsOnly),
                REACH), Family.GROUP, done -> WhapiViews.success()));
    }

    private static Reply leave(WhapiCall call) {
        String id = call.groupPath(G);
        return call.answer(() -> call.render(call.world.leaveGroup(call.caller(), id, REACH), Family.GROUP,
                done -> WhapiViews.success()));
    }

    private static Reply inviteCode(WhapiCall call) {
        String id = call.groupPath(G);
        return call.answer(() -> call.render(call.world.inviteCode(call.caller(), id, REACH), Family.GROUP,
                code -> Json.object().put("invite_code", code)));
    }

    private static Reply revokeInvite(WhapiCall call) {
        String id = call.groupPath(G);
        return call.answer(() -> call.render(call.world.revokeInviteCode(call.caller(), id, REACH), Family.GROUP,
                code -> WhapiViews.success()));
    }

    private static Reply participants(WhapiCall call, boolean add) {
        String id = call.groupPath(G);
        List<String> phones = call.participants();
        return call.answer(() -> {
            Outcome<BatchResult> outcome = add ? call.world.addParticipants(call.caller(), id, phones, REACH)
                    : call.world.removeParticipants(call.caller(), id, phones, REACH);
            return call.render(outcome, Family.GROUP, WhapiViews::batch);
        });
    }

    /** Promote and demote answer a plain success, so they are all or nothing (whapi.md §4.2). */
    private static Reply admins(WhapiCall call, boolean promote) {
        String id = call.groupPath(G);
        List<String> phones = call.participants();
        return call.answer(() -> {
            Outcome<BatchResult> outcome = promote
                    ? call.world.promote(call.caller(), id, phones, BatchMode.ALL_OR_NOTHING, REACH)
                    : call.world.demote(call.caller(), id, phones, BatchMode.ALL_OR_NOTHING, REACH);
            return call.render(outcome, Family.GROUP, result -> WhapiViews.success());
        });
    }
}
