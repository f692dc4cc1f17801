package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.BatchResult;
import dev.commsim.simulator.world.CommunitySetting;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.UnlinkGuard;
import io.undertow.util.Methods;
import java.util.List;

/** Whapi's community endpoints (whapi.md §4.1). */
final class CommunityRoutes {
    private static final String C = "CommunityID";
    private static final String G = "GroupID";

    private CommunityRoutes() {
    }

    static void register(WhapiRouter router) {
        router.add(Methods.GET, "/communities", CommunityRoutes::list);
        router.add(Methods.POST, "/communities", CommunityRoutes::create);
        router.add(Methods.GET, "/communities/{CommunityID}", CommunityRoutes::get);
        router.add(Methods.POST, "/communities/{CommunityID}", CommunityRoutes::createGroup);
        router.add(Methods.POST, "/communities/{CommunityID}/createGroup", CommunityRoutes::createGroup);
        router.add(Methods.DELETE, "/communities/{CommunityID}", CommunityRoutes::deactivate);
        router.add(Methods.PUT, "/communities/{CommunityID}/{GroupID}", CommunityRoutes::link);
        router.add(Methods.DELETE, "/communities/{CommunityID}/{GroupID}", CommunityRoutes::unlinkOrRevoke);
        router.add(Methods.GET, "/communities/{CommunityID}/subgroups", CommunityRoutes::subgroups);
        router.add(Methods.GET, "/communities/{CommunityID}/subGroups", CommunityRoutes::subgroups);
        router.add(Methods.PATCH, "/communities/{CommunityID}/settings", CommunityRoutes::settings);
        router.add(Methods.POST, "/communities/{CommunityID}/participants", call -> members(call, Change.ADD));
        router.add(Methods.DELETE, "/communities/{CommunityID}/participants", call -> members(call, Change.REMOVE));
        router.add(Methods.PATCH, "/communities/{CommunityID}/admins", call -> members(call, Change.PROMOTE));
        router.add(Methods.DELETE, "/communities/{CommunityID}/admins", call -> members(call, Change.DEMOTE));
        router.add(Methods.POST, "/communities/{CommunityID}/{GroupID}/join", CommunityRoutes::join);
    }

    private enum Change { ADD, REMOVE, PROMOTE, DEMOTE }

    private static Reply list(WhapiCall call) {
        WhapiPaging paging = call.paging();
        return call.answer(() -> {
            List<ObjectNode> items = call.world.communities(call.caller()).stream()
                    .map(community -> WhapiViews.group(community.parent(), call.caller()))
                    .toList();
            return Reply.ok(WhapiViews.page("communities", items, paging));
        });
    }

    private static Reply create(WhapiCall call) {
        String subject = call.body().requiredString("subject");
        String description = call.body().optionalString("description");
        return call.answer(() -> call.render(call.world.createCommunity(call.caller(), subject, description),
                Family.COMMUNITY, community -> WhapiViews.group(community.parent(), call.caller())));
    }

    private static Reply get(WhapiCall call) {
        String id = call.groupPath(C);
        return call.answer(() -> call.render(call.world.community(call.caller(), id), Family.COMMUNITY,
                community -> WhapiViews.group(community.parent(), call.caller())));
    }

    /** Create a group inside the community: a create and a link, all or nothing. */
    private static Reply createGroup(WhapiCall call) {
        String id = call.groupPath(C);
        String subject = call.body().requiredString("subject");
        List<String> participants = call.participants();
        call.body().optionalBoolean("isHidden");
        return call.answer(() -> call.render(call.world.createLinkedGroup(call.caller(), id, subject, participants),
                Family.COMMUNITY, created -> {
                    ObjectNode node = WhapiViews.group(created.group(), call.caller());
                    if (!created.unprocessed().isEmpty()) {
                        created.unprocessed().forEach(node.putArray("unprocessed_participants")::add);
                    }
                    return node;
                }));
    }

    private static Reply deactivate(WhapiCall call) {
        String id = call.groupPath(C);
        return call.answer(() -> call.render(call.world.deactivate(call.caller(), id), Family.COMMUNITY,
                done -> WhapiViews.success()));
    }

    private static Reply link(WhapiCall call) {
        String id = call.groupPath(C);
        String group = call.groupPath(G);
        return call.answer(() -> call.render(call.world.link(call.caller(), id, group), Family.COMMUNITY,
                done -> WhapiViews.success()));
    }

    /** {@code DELETE /communities/{id}/link} revokes the invite link; any other second segment is a group. */
    private static Reply unlinkOrRevoke(WhapiCall call) {
        String second = call.path(G);
        if ("link".equals(second) || "revokeInviteUrl".equals(second)) {
            return revokeLink(call);
        }
        String id = call.groupPath(C);
        String group = call.groupPath(G);
        return call.answer(() -> call.render(call.world.unlink(call.caller(), id, group, UnlinkGuard.ANY_GROUP),
                Family.COMMUNITY, done -> WhapiViews.success()));
    }

    private static Reply revokeLink(WhapiCall call) {
        String id = call.groupPath(C);
        return call.answer(() -> call.render(call.world.revokeCommunityInvite(call.caller(), id),
                Family.COMMUNITY_SETTINGS, code -> WhapiViews.success()));
    }

    private static Reply subgroups(WhapiCall call) {
        String id = call.groupPath(C);
        return call.answer(() -> call.render(call.world.community(call.caller(), id), Family.COMMUNITY,
                community -> WhapiViews.subgroups(community, call.caller())));
    }

    private static Reply settings(WhapiCall call) {
        String id = call.groupPath(C);
        String name = call.body().requiredString("setting");
        Boolean adminsOnly = call.adminsPolicy();
        CommunitySetting setting = name == null ? null : switch (name) {
            case "modify_groups" -> CommunitySetting.MODIFY_GROUPS;
            case "member_add_mode" -> CommunitySetting.MEMBER_ADD_MODE;
            default -> null;
        };
        if (name != null && setting == null) {
            call.body().reject("'setting' must be \"modify_groups\" or \"member_add_mode\"");
        }
        return call.answer(() -> call.render(call.world.communitySetting(call.caller(), id, setting, adminsOnly),
                Family.COMMUNITY_SETTINGS, done -> WhapiViews.success()));
    }

    private static Reply members(WhapiCall call, Change change) {
        String id = call.groupPath(C);
        List<String> phones = call.participants();
        return call.answer(() -> {
            Outcome<BatchResult> outcome = switch (change) {
                case ADD -> call.world.addCommunityMembers(call.caller(), id, phones);
                case REMOVE -> call.world.removeCommunityMembers(call.caller(), id, phones);
                case PROMOTE -> call.world.promoteCommunityAdmins(call.caller(), id, phones);
                case DEMOTE -> call.world.demoteCommunityAdmins(call.caller(), id, phones);
            };
            return call.render(outcome, Family.COMMUNITY, WhapiViews::batch);
        });
    }

    private static Reply join(WhapiCall call) {
        String id = call.groupPath(C);
        String group = call.groupPath(G);
        return call.answer(() -> call.render(call.world.joinLinkedGroup(call.caller(), id, group), Family.COMMUNITY,
                done -> WhapiViews.success()));
    }
}
