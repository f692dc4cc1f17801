package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.GroupSetting;
import dev.commsim.simulator.world.InputProblem;
import dev.commsim.simulator.world.ParentReach;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Z-API's group endpoints (zapi.md §4.2) and the invitation-link redefinition shared with
 * communities. Group endpoints never reach a community parent: to them it is "not found".
 */
final class GroupRoutes {
    private static final ParentReach REACH = ParentReach.COMMUNITY_ONLY;
    /** Z-API's names of the fields a group's info update may refuse. */
    private static final Map<InputProblem.Field, String> INFO_FIELDS =
            Map.of(InputProblem.Field.SUBJECT, "groupName", InputProblem.Field.DESCRIPTION, "groupDescription");

    private GroupRoutes() {
    }

    static void register(ZapiRouter router) {
        router.add(Methods.POST, "/create-group", GroupRoutes::create);
        router.add(Methods.GET, "/group-metadata/{phone}", call -> metadata(call, false));
        router.add(Methods.GET, "/light-group-metadata/{phone}", call -> metadata(call, true));
        router.add(Methods.GET, "/group-invitation-link/{groupId}", GroupRoutes::invitationLink);
        router.add(Methods.POST, "/group-invitation-link/{groupId}", GroupRoutes::invitationLink);
        router.add(Methods.POST, "/redefine-invitation-link/{id}", GroupRoutes::redefineInvitationLink);
        router.add(Methods.GET, "/accept-invite-group", GroupRoutes::acceptInvite);
        router.add(Methods.POST, "/leave-group", GroupRoutes::leave);
        router.add(Methods.POST, "/update-group-name", GroupRoutes::rename);
        router.add(Methods.POST, "/update-group-description", GroupRoutes::describe);
        router.add(Methods.POST, "/update-group-settings", GroupRoutes::settings);
    }

    /** The caller's own number is ignored if listed; {@code @lid} numbers cannot be added (zapi.md §4.2). */
    private static Reply create(ZapiCall call) {
        call.body().optionalBoolean("autoInvite");
        String name = call.body().requiredString("groupName");
        ZapiCall.Phones phones = call.phones();
        return call.answer(() -> call.render(call.world.createGroup(call.caller(), name, phones.numbers()), Family.CREATE,
                group -> {
                    List<String> notAdded = new ArrayList<>(group.unprocessed());
                    notAdded.addAll(phones.lids());
                    return ZapiViews.createdGroup(group.group(), notAdded);
                }, Map.of(InputProblem.Field.SUBJECT, "groupName", InputProblem.Field.PARTICIPANTS, "phones")));
    }

    private static Reply metadata(ZapiCall call, boolean light) {
        String id = call.groupPath("phone");
        return call.answer(() -> call.render(call.world.group(call.caller(), id, REACH), Family.GROUP_LOOKUP,
                group -> ZapiViews.groupMetadata(group, call.caller(), light)));
    }

    private static Reply invitationLink(ZapiCall call) {
        String id = call.groupPath("groupId");
        return call.answer(() -> call.render(call.world.inviteCode(call.caller(), id, REACH), Family.GROUP_LOOKUP,
                link -> ZapiViews.invitationLink(id, link)));
    }

    /** One path for both: bare digits name a community (P's link), {@code -group} a group (Y included). */
    private static Reply redefineInvitationLink(ZapiCall call) {
        String raw = call.path("id");
        if (ZapiIds.isCommunity(raw)) {
            return call.render(call.world.revokeCommunityInvite(call.caller(), raw), Family.COMMUNITY_LOOKUP,
                    code -> ZapiViews.invitationLink(null, code));
        }
        String id = ZapiIds.group(raw);
        if (id == null) {
            call.reject("'" + raw + "' must be a community id (digits) or a group id (digits-group)");
        }
        return call.answer(() -> call.render(call.world.revokeInviteCode(call.caller(), id, REACH),
                Family.GROUP_LOOKUP, link -> ZapiViews.invitationLink(null, link)));
    }

    private static Reply acceptInvite(ZapiCall call) {
        String url = call.query("url");
        String code = ZapiIds.inviteCode(url);
        if (url == null || url.isBlank()) {
            call.reject("'url' is required");
        } else if (code == null) {
            call.reject("'url' must be an invitation link like https://chat.whatsapp.com/<code>");
        }
        return call.answer(() -> call.render(call.world.joinByInvite(call.caller(), code), Family.SUCCESS,
                group -> ZapiViews.success(true)));
    }

    private static Reply leave(ZapiCall call) {
        String id = call.groupField("groupId");
        return call.answer(() -> call.render(call.world.leaveGroup(call.caller(), id, REACH), Family.VALUE,
                done -> ZapiViews.value(true)));
    }

    private static Reply rename(ZapiCall call) {
        String id = call.groupField("groupId");
        String name = call.body().requiredString("groupName");
        return call.answer(() -> updateInfo(call, id, name, null));
    }

    private static Reply describe(ZapiCall call) {
        String id = call.groupField("groupId");
        String description = call.body().requiredString("groupDescription");
        return call.answer(() -> updateInfo(call, id, null, description));
    }

    private static Reply updateInfo(ZapiCall call, String id, String subject, String description) {
        return call.render(call.world.updateGroupInfo(call.caller(), id, subject, description, REACH), Family.VALUE,
                done -> ZapiViews.value(true), INFO_FIELDS);
    }

    /** The group key is {@code phone} in DOCS and {@code groupId} in EX: both accepted. Missing flags are left unchanged (sc). */
    private static Reply settings(ZapiCall call) {
        String id = call.groupField(call.body().has("phone") ? "phone" : "groupId");
        Map<GroupSetting, Boolean> flags = new LinkedHashMap<>();
        flags.put(GroupSetting.ANNOUNCEMENTS_ONLY, call.body().optionalBoolean("adminOnlyMessage"));
        flags.put(GroupSetting.ADMINS_ADD, call.body().optionalBoolean("adminOnlyAddMember"));
        flags.put(GroupSetting.RESTRICT_INFO, call.body().optionalBoolean("adminOnlySettings"));
        flags.put(GroupSetting.APPROVE_PARTICIPANTS, call.body().optionalBoolean("requireAdminApproval"));
        flags.values().removeIf(value -> value == null);
        if (call.body().ok() && flags.isEmpty()) {
            call.body().reject("one of 'adminOnlyMessage', 'adminOnlySettings', 'requireAdminApproval', "
                    + "'adminOnlyAddMember' is required");
        }
        return call.answer(() -> call.render(call.world.groupSettings(call.caller(), id, flags, REACH), Family.VALUE,
                done -> ZapiViews.value(true)));
    }
}
