package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R9: a caller sees and acts on its own groups only; every community member may read the community. */
class VisibilityRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");
    private final String engineering = scene.linkedGroup(ALICE, hub, "Engineering", BOB);
    private final String secret = scene.group(ALICE, "Secret", CAROL);

    @Test
    void aCallerCannotSeeOrTouchAGroupItIsNotInAndItAnswersLikeAnUnknownOne() {
        String unknown = "120363999999999999";
        for (String id : List.of(secret, unknown)) {
            scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.group(BOB, id, ParentReach.AS_GROUP));
            scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.updateGroupInfo(BOB, id, "Mine", null, ParentReach.AS_GROUP));
            scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.addParticipants(BOB, id, List.of(BOB), ParentReach.AS_GROUP));
            scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.inviteCode(BOB, id, ParentReach.AS_GROUP));
            scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.leaveGroup(BOB, id, ParentReach.AS_GROUP));
        }
        assertThat(world.groups(BOB, ParentReach.AS_GROUP)).extracting(GroupView::id).doesNotContain(secret);
    }

    @Test
    void everyMemberOfTheAnnouncementGroupMayReadTheCommunityAndItsParent() {
        CommunityView seen = ok(world.community(BOB, hub));

        assertThat(seen.linkedGroups()).extracting(GroupView::id).containsExactly(engineering);
        assertThat(ok(world.group(BOB, hub, ParentReach.AS_GROUP)).participants()).containsExactly(new Participant(ALICE, Rank.CREATOR));
        assertThat(world.communities(BOB)).extracting(CommunityView::id).containsExactly(hub);
        assertThat(world.groups(BOB, ParentReach.AS_GROUP)).extracting(GroupView::id).doesNotContain(hub);
    }

    @Test
    void outsidersDoNotFindTheCommunity() {
        scene.refusedWithoutChange(Reason.COMMUNITY_NOT_FOUND, () -> world.community(CAROL, hub));
        assertThat(world.communities(CAROL)).isEmpty();
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.group(CAROL, hub, ParentReach.AS_GROUP));
    }

    @Test
    void theInviteCodeIsForAdminsOnly() {
        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.inviteCode(BOB, engineering, ParentReach.AS_GROUP));

        assertThat(ok(world.inviteCode(ALICE, engineering, ParentReach.AS_GROUP))).isEqualTo(scene.group(engineering).inviteCode());
    }
}
