package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.Phones;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R4: unlinking under each policy; an orphan is in no linked group, not an admin, not a direct member. */
class UnlinkRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");
    private final String engineering = scene.group(ALICE, "Engineering", BOB, CAROL, DAVE);
    private final String sales = scene.group(ALICE, "Sales", BOB);

    UnlinkRulesTest() {
        ok(world.addCommunityMembers(ALICE, hub, List.of(DAVE)));
        ok(world.link(ALICE, hub, engineering));
        ok(world.link(ALICE, hub, sales));
    }

    private void policy(UnlinkPolicy policy) {
        scene.settings(WorldSettings.defaults().withUnlinkPolicy(policy));
    }

    @Test
    void underOrphansOnlyThoseLeftInNoLinkedGroupLeaveTheAnnouncementGroup() {
        policy(UnlinkPolicy.ORPHANS);

        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, DAVE);
        assertThat(scene.participants(engineering)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        assertThat(scene.group(engineering).linkedParent()).isNull();
        assertThat(scene.community(hub).linkedGroups()).containsExactly(sales);
        scene.checkInvariants();
    }

    @Test
    void underAllEveryParticipantButTheAdminsLeaves() {
        policy(UnlinkPolicy.ALL);

        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));

        assertThat(scene.members(hub)).containsExactly(ALICE);
        scene.checkInvariants();
    }

    @Test
    void underNoneNobodyLeaves() {
        policy(UnlinkPolicy.NONE);

        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        scene.checkInvariants();
    }

    @Test
    void theLastLinkedGroupMayBeUnlinkedUnlessTheDialectKeepsOne() {
        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.KEEP_LAST_GROUP));

        scene.refusedWithoutChange(Reason.LAST_LINKED_GROUP,
                () -> world.unlink(ALICE, hub, sales, UnlinkGuard.KEEP_LAST_GROUP));
        ok(world.unlink(ALICE, hub, sales, UnlinkGuard.ANY_GROUP));
        assertThat(scene.community(hub).linkedGroups()).isEmpty();
    }

    @Test
    void aVisibleGroupNotLinkedHereIsNotLinkedAndAnInvisibleOneIsNotFound() {
        String loose = scene.group(ALICE, "Loose", BOB);
        String bobs = scene.group(BOB, "Bob's", CAROL);

        scene.refusedWithoutChange(Reason.NOT_LINKED, () -> world.unlink(ALICE, hub, loose, UnlinkGuard.ANY_GROUP));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.unlink(ALICE, hub, bobs, UnlinkGuard.ANY_GROUP));
    }

    @Test
    void onlyACommunityAdminMayUnlink() {
        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.unlink(BOB, hub, engineering, UnlinkGuard.ANY_GROUP));
    }

    @Test
    void relinkingAfterAnUnlinkBringsThePeopleBackAndLaterAddsToAnUnlinkedGroupStayOut() {
        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));
        ok(world.addParticipants(ALICE, sales, List.of(ERIN), ParentReach.AS_GROUP));
        ok(world.addParticipants(ALICE, engineering, List.of(Phones.FRANK), ParentReach.AS_GROUP));

        ok(world.link(ALICE, hub, engineering));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE, ERIN, Phones.FRANK);
        scene.checkInvariants();
    }

    @Test
    void someoneInTwoLinkedGroupsStaysUntilTheSecondIsUnlinked() {
        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));
        assertThat(scene.members(hub)).contains(BOB);

        ok(world.unlink(ALICE, hub, sales, UnlinkGuard.ANY_GROUP));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, DAVE);
        scene.checkInvariants();
    }

    @Test
    void aBatchUnlinkThatWouldLeaveNoGroupUnlinksAllButTheLastWhenTheDialectKeepsOne() {
        BatchResult result = world.unlinkAll(ALICE, hub, List.of(engineering, sales), UnlinkGuard.KEEP_LAST_GROUP);

        assertThat(result.processed()).containsExactly(engineering);
        assertThat(result.failed()).containsExactly(new BatchResult.Failure(sales, Reason.LAST_LINKED_GROUP));
        assertThat(scene.community(hub).linkedGroups()).containsExactly(sales);
        scene.checkInvariants();
    }
}
