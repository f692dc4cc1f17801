package dev.commsim.simulator.dialect.whapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.CommunitySetting;
import dev.commsim.simulator.world.CommunityView;
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
        router.add(Methods.POST, "/communities/{CommunityID}/participants", call -> members(call, Roster.ADD));
        router.add(Methods.DELETE, "/communities/{CommunityID}/participants", call -> members(call, Roster.REMOVE));
        router.add(Methods.PATCH, "/communities/{CommunityID}/admins", call -> members(call, Roster.PROMOTE));
        router.add(Methods.DELETE, "/communities/{CommunityID}/admins", call -> members(call, Roster.DEMOTE));
        router.add(Methods.POST, "/communities/{CommunityID}/{GroupID}/join", CommunityRoutes::join);
    }

    private enum Roster { ADD, REMOVE, PROMOTE, DEMOTE }

    private static Reply list(WhapiCall call) {
        Paging.Read paging = Paging.of(call.exchange);
        if (paging.problem() != null) {
            return WhapiErrors.badRequest(paging.problem());
        }
        List<ObjectNode> items = call.world.communities(call.caller()).stream()
                .map(community -> WhapiViews.group(community.parent(), call.caller()))
                .toList();
        return Reply.ok(WhapiViews.page("communities", items, paging.paging()));
    }

    private static Reply create(WhapiCall call) {
        JsonRequest body = call.body();
        String subject = body.requiredString("subject");
        String description = body.optionalString("description");
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.createCommunity(call.caller(), subject, description),
                Family.COMMUNITY, community -> WhapiViews.group(community.parent(), call.caller()));
    }

    private static Reply get(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        return WhapiReplies.render(call.world.community(call.caller(), id), Family.COMMUNITY,
                community -> WhapiViews.group(community.parent(), call.caller()));
    }

    /** Create a group inside the community: a create and a link, all or nothing. */
    private static Reply createGroup(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        JsonRequest body = call.body();
        String subject = body.requiredString("subject");
        List<String> participants = WhapiReplies.participants(body);
        body.optionalBoolean("isHidden");
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.createLinkedGroup(call.caller(), id, subject, participants),
                Family.COMMUNITY, created -> {
                    ObjectNode node = WhapiViews.group(created.group(), call.caller());
                    if (!created.unprocessed().isEmpty()) {
                        created.unprocessed().forEach(node.putArray("unprocessed_participants")::add);
                    }
                    return node;
                });
    }

    private static Reply deactivate(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        return WhapiReplies.render(call.world.deactivate(call.caller(), id), Family.COMMUNITY,
                done -> WhapiViews.success());
    }

    private static Reply link(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        String group = WhapiReplies.groupParam(call, G);
        if (id == null || group == null) {
            return WhapiReplies.badId(id == null ? C : G);
        }
        return WhapiReplies.render(call.world.link(call.caller(), id, group), Family.COMMUNITY,
                done -> WhapiViews.success());
    }

    /** {@code DELETE /communities/{id}/link} revokes the invite link; any other second segment is a group. */
    private static Reply unlinkOrRevoke(WhapiCall call) {
        String second = call.path(G);
        if ("link".equals(second) || "revokeInviteUrl".equals(second)) {
            return revokeLink(call);
        }
        String id = WhapiReplies.groupParam(call, C);
        String group = WhapiReplies.groupParam(call, G);
        if (id == null || group == null) {
            return WhapiReplies.badId(id == null ? C : G);
        }
        return WhapiReplies.render(call.world.unlink(call.caller(), id, group, UnlinkGuard.ANY_GROUP),
                Family.COMMUNITY, done -> WhapiViews.success());
    }

    private static Reply revokeLink(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        return WhapiReplies.render(call.world.revokeCommunityInvite(call.caller(), id), Family.COMMUNITY_SETTINGS,
                code -> WhapiViews.success());
    }

    private static Reply subgroups(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        return WhapiReplies.render(call.world.community(call.caller(), id), Family.COMMUNITY,
                (CommunityView community) -> WhapiViews.subgroups(community, call.caller()));
    }

    private static Reply settings(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        JsonRequest body = call.body();
        String setting = body.requiredString("setting");
        Boolean adminsOnly = WhapiReplies.adminsPolicy(body);
        CommunitySetting which = null;
        if (body.ok()) {
            which = switch (setting) {
                case "modify_groups" -> CommunitySetting.MODIFY_GROUPS;
                case "member_add_mode" -> CommunitySetting.MEMBER_ADD_MODE;
                default -> null;
            };
            if (which == null) {
                body.reject("'setting' must be \"modify_groups\" or \"member_add_mode\"");
            }
        }
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        return WhapiReplies.render(call.world.communitySetting(call.caller(), id, which, adminsOnly),
                Family.COMMUNITY_SETTINGS, done -> WhapiViews.success());
    }

    private static Reply members(WhapiCall call, Roster change) {
        String id = WhapiReplies.groupParam(call, C);
        if (id == null) {
            return WhapiReplies.badId(C);
        }
        JsonRequest body = call.body();
        List<String> phones = WhapiReplies.participants(body);
        if (!body.ok()) {
            return WhapiErrors.badRequest(body.problem());
        }
        var outcome = switch (change) {
            case ADD -> call.world.addCommunityMembers(call.caller(), id, phones);
            case REMOVE -> call.world.removeCommunityMembers(call.caller(), id, phones);
            case PROMOTE -> call.world.promoteCommunityAdmins(call.caller(), id, phones);
            case DEMOTE -> call.world.demoteCommunityAdmins(call.caller(), id, phones);
        };
        return WhapiReplies.render(outcome, Family.COMMUNITY, WhapiViews::batch);
    }

    private static Reply join(WhapiCall call) {
        String id = WhapiReplies.groupParam(call, C);
        String group = WhapiReplies.groupParam(call, G);
        if (id == null || group == null) {
            return WhapiReplies.badId(id == null ? C : G);
        }
        return WhapiReplies.render(call.world.joinLinkedGroup(call.caller(), id, group), Family.COMMUNITY,
                done -> WhapiViews.success());
    }
}
