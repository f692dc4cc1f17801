package dev.commsim.simulator.dialect.zapi;

import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.BatchMode;
import dev.commsim.simulator.world.BatchResult;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.World;
import io.undertow.util.Methods;
import java.util.List;

/**
 * {@code /add-participant}, {@code /remove-participant}, {@code /add-admin}, {@code /remove-admin}:
 * one URL each for groups and communities, told apart by {@code communityId} versus {@code groupId}
 * in the body (zapi.md §4.1). Judged per number; {@code value} is true when at least one number was
 * applied (zapi.md §3, sc). {@code @lid} numbers are never applied.
 */
final class ParticipantRoutes {
    private ParticipantRoutes() {
    }

    private enum Change { ADD, REMOVE, PROMOTE, DEMOTE }

    static void register(ZapiRouter router) {
        router.add(Methods.POST, "/add-participant", call -> change(call, Change.ADD));
        router.add(Methods.POST, "/remove-participant", call -> change(call, Change.REMOVE));
        router.add(Methods.POST, "/add-admin", call -> change(call, Change.PROMOTE));
        router.add(Methods.POST, "/remove-admin", call -> change(call, Change.DEMOTE));
    }

    private static Reply change(ZapiCall call, Change change) {
        boolean community = call.body().has(CommunityRoutes.C);
        String id = community ? call.communityField(CommunityRoutes.C) : call.groupField("groupId");
        ZapiCall.Phones phones = call.phones();
        call.body().optionalBoolean("autoInvite");
        return call.answer(() -> {
            if (phones.numbers().isEmpty()) {
                return Reply.ok(ZapiViews.value(false));
            }
            Outcome<BatchResult> outcome = community
                    ? onCommunity(call.world, call.caller(), id, phones.numbers(), change)
                    : onGroup(call.world, call.caller(), id, phones.numbers(), change);
            return call.render(outcome, Family.VALUE, result -> ZapiViews.value(!result.processed().isEmpty()));
        });
    }

    private static Outcome<BatchResult> onCommunity(World world, String caller, String id, List<String> phones,
                                                    Change change) {
        return switch (change) {
            case ADD -> world.addCommunityMembers(caller, id, phones);
            case REMOVE -> world.removeCommunityMembers(caller, id, phones);
            case PROMOTE -> world.promoteCommunityAdmins(caller, id, phones);
            case DEMOTE -> world.demoteCommunityAdmins(caller, id, phones);
        };
    }

    /** On Y these act on the community itself (the world's rule; zapi.md §4.2, OLD FAQ 7); P is not reached. */
    private static Outcome<BatchResult> onGroup(World world, String caller, String id, List<String> phones,
                                                Change change) {
        ParentReach reach = ParentReach.COMMUNITY_ONLY;
        return switch (change) {
            case ADD -> world.addParticipants(caller, id, phones, reach);
            case REMOVE -> world.removeParticipants(caller, id, phones, reach);
            case PROMOTE -> world.promote(caller, id, phones, BatchMode.EACH, reach);
            case DEMOTE -> world.demote(caller, id, phones, BatchMode.EACH, reach);
        };
    }
}
