package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R8: deactivation unlinks every group, removes the twins, and the community id is not found afterwards. */
class DeactivationRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");
    private final String announcement = scene.announcementOf(ALICE, hub);
    private final String engineering = scene.linkedGroup(ALICE, hub, "Engineering", BOB);

    @Test
    void deactivationLeavesLinkedGroupsAsOrdinaryGroupsAndTheCommunityIsNotFound() {
        ok(world.deactivate(ALICE, hub));

        assertThat(scene.exists(hub)).isFalse();
        assertThat(scene.exists(announcement)).isFalse();
        assertThat(scene.group(engineering).linkedParent()).isNull();
        assertThat(scene.participants(engineering)).containsExactly(ALICE, BOB);
        assertThat(world.snapshot().communities()).isEmpty();
        assertThat(WorldScene.refusal(world.community(ALICE, hub))).isEqualTo(Reason.COMMUNITY_NOT_FOUND);
        assertThat(world.groups(ALICE, ParentReach.AS_GROUP)).extracting(GroupView::id).containsExactly(engineering);
    }

    @Test
    void theFormerlyLinkedGroupCanJoinAnotherCommunity() {
        ok(world.deactivate(ALICE, hub));
        String other = scene.community(ALICE, "Other");

        ok(world.link(ALICE, other, engineering));

        assertThat(scene.members(other)).containsExactlyInAnyOrder(ALICE, BOB);
        scene.checkInvariants();
    }

    @Test
    void aMemberWhoIsNotAnAdminCannotDeactivateButAnyCommunityAdminMay() {
        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.deactivate(BOB, hub));

        ok(world.promoteCommunityAdmins(ALICE, hub, List.of(BOB)));
        ok(world.deactivate(BOB, hub));
        assertThat(scene.exists(hub)).isFalse();
    }
}
