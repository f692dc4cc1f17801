package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.BatchResult;
import dev.commsim.simulator.world.CommunitySetting;
import dev.commsim.simulator.world.InputProblem;
import dev.commsim.simulator.world.UnlinkGuard;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Z-API's community endpoints (zapi.md §4.1), except the participant ones that share URLs with groups. */
final class CommunityRoutes {
    static final String C = "communityId";

    private CommunityRoutes() {
    }

    static void register(ZapiRouter router) {
        router.add(Methods.POST, "/communities", CommunityRoutes::create);
        router.add(Methods.GET, "/communities", CommunityRoutes::list);
        router.add(Methods.GET, "/communities-metadata/{communityId}", CommunityRoutes::metadata);
        router.add(Methods.POST, "/communities/link", call -> linkBatch(call, true));
        router.add(Methods.POST, "/communities/unlink", call -> linkBatch(call, false));
        router.add(Methods.DELETE, "/communities/{communityId}", CommunityRoutes::deactivate);
        router.add(Methods.POST, "/communities/settings", CommunityRoutes::settings);
        router.add(Methods.POST, "/update-community-description", CommunityRoutes::describe);
    }

    private static Reply create(ZapiCall call) {
        String name = call.body().requiredString("name");
        String description = call.body().optionalString("description");
        return call.answer(() -> call.render(call.world.createCommunity(call.caller(), name, description),
                Family.CREATE, ZapiViews::createdCommunity,
                Map.of(InputProblem.Field.SUBJECT, "name", InputProblem.Field.DESCRIPTION, "description")));
    }

    private static Reply list(ZapiCall call) {
        ZapiPaging.Read paging = call.paging();
        return call.answer(() -> {
            ArrayNode items = Json.array();
            paging.slice(call.world.communities(call.caller())).forEach(c -> items.add(ZapiViews.communityItem(c)));
            return Reply.ok(items);
        });
    }

    private static Reply metadata(ZapiCall call) {
        String id = call.communityPath(C);
        return call.answer(() -> call.render(call.world.community(call.caller(), id), Family.COMMUNITY_LOOKUP,
                ZapiViews::communityMetadata));
    }

    /**
     * R3/R4 batches, judged group by group by the world: the others proceed when one is refused, and the
     * reply is {@code {"success": false}} if any was (zapi.md §7.4, §7.5: Z-API gives no per-group detail).
     */
    private static Reply linkBatch(ZapiCall call, boolean link) {
        String community = call.communityField(C);
        List<String> raw = call.body().requiredStrings("groupsPhones", 1, ZapiCall.MAX_BATCH);
        List<String> groups = new ArrayList<>();
        if (raw != null) {
            for (String phone : raw) {
                groups.add(call.checkedGroup("groupsPhones", phone));
            }
        }
        return call.answer(() -> {
            BatchResult result = link ? call.world.linkAll(call.caller(), community, groups)
                    : call.world.unlinkAll(call.caller(), community, groups, UnlinkGuard.KEEP_LAST_GROUP);
            return Reply.ok(ZapiViews.success(result.failed().isEmpty()));
        });
    }

    private static Reply deactivate(ZapiCall call) {
        String id = call.communityPath(C);
        return call.answer(() -> call.render(call.world.deactivate(call.caller(), id), Family.SUCCESS,
                done -> ZapiViews.success(true)));
    }

    /** Stored and shown; it does not relax R3 (only P admins link; zapi.md §4.1, sc). */
    private static Reply settings(ZapiCall call) {
        String community = call.communityField(C);
        String who = call.body().requiredString("whoCanAddNewGroups");
        if (who != null && !who.equals("admins") && !who.equals("all")) {
            call.body().reject("'whoCanAddNewGroups' must be \"admins\" or \"all\"");
        }
        return call.answer(() -> call.render(call.world.communitySetting(call.caller(), community,
                CommunitySetting.MODIFY_GROUPS, who.equals("admins")), Family.SUCCESS, done -> ZapiViews.success(true)));
    }

    private static Reply describe(ZapiCall call) {
        String community = call.communityField(C);
        String description = call.body().requiredString("communityDescription");
        return call.answer(() -> call.render(call.world.describeCommunity(call.caller(), community, description),
                Family.VALUE, done -> ZapiViews.value(true),
                Map.of(InputProblem.Field.DESCRIPTION, "communityDescription")));
    }
}
