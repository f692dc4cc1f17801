package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R5: propagation keeps going after a link; changes to the community itself. */
class PropagationRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");
    private final String engineering = scene.linkedGroup(ALICE, hub, "Engineering", BOB);

    @Test
    void aLaterAddToALinkedGroupAlsoJoinsTheAnnouncementGroup() {
        ok(world.addParticipants(ALICE, engineering, List.of(CAROL), ParentReach.AS_GROUP));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        scene.checkInvariants();
    }

    @Test
    void removingSomeoneFromALinkedGroupOrTheirLeavingKeepsThemInTheCommunity() {
        ok(world.addParticipants(ALICE, engineering, List.of(CAROL), ParentReach.AS_GROUP));

        ok(world.removeParticipants(ALICE, engineering, List.of(BOB), ParentReach.AS_GROUP));
        ok(world.leaveGroup(CAROL, engineering, ParentReach.AS_GROUP));

        assertThat(scene.participants(engineering)).containsExactly(ALICE);
        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        scene.checkInvariants();
    }

    @Test
    void peopleAddedToTheCommunityItselfAreDirectMembersAndStayThroughAnUnlink() {
        BatchResult added = ok(world.addCommunityMembers(ALICE, hub, List.of(CAROL, BOB)));

        assertThat(added.processed()).containsExactly(CAROL);
        assertThat(added.failed()).containsExactly(new BatchResult.Failure(BOB, Reason.ALREADY_MEMBER));
        assertThat(scene.community(hub).directMembers()).containsExactly(CAROL);
        ok(world.addParticipants(ALICE, engineering, List.of(CAROL), ParentReach.AS_GROUP));
        ok(world.unlink(ALICE, hub, engineering, UnlinkGuard.ANY_GROUP));
        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, CAROL);
        scene.checkInvariants();
    }

    @Test
    void removingSomeoneFromTheCommunityTakesThemOutOfTheAnnouncementGroupAndEveryLinkedGroup() {
        String sales = scene.linkedGroup(ALICE, hub, "Sales", BOB, CAROL);
        ok(world.promoteCommunityAdmins(ALICE, hub, List.of(BOB)));

        BatchResult removed = ok(world.removeCommunityMembers(ALICE, hub, List.of(BOB, DAVE, ALICE)));

        assertThat(removed.processed()).containsExactly(BOB);
        assertThat(removed.failed()).containsExactly(new BatchResult.Failure(DAVE, Reason.NOT_A_MEMBER),
                new BatchResult.Failure(ALICE, Reason.CREATOR_FIXED));
        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, CAROL);
        assertThat(scene.participants(engineering)).containsExactly(ALICE);
        assertThat(scene.participants(sales)).containsExactly(ALICE, CAROL);
        assertThat(scene.participants(hub)).containsExactly(ALICE);
        scene.checkInvariants();
    }

    @Test
    void promotingACommunityAdminChangesTheirRankInBothTwinsAndDemotingTakesThemOutOfTheParent() {
        String announcement = scene.announcementOf(ALICE, hub);

        ok(world.promoteCommunityAdmins(ALICE, hub, List.of(BOB)));
        assertThat(scene.rank(announcement, BOB)).isEqualTo(Rank.ADMIN);
        assertThat(scene.rank(hub, BOB)).isEqualTo(Rank.ADMIN);
        scene.checkInvariants();

        ok(world.demoteCommunityAdmins(ALICE, hub, List.of(BOB)));
        assertThat(scene.rank(announcement, BOB)).isEqualTo(Rank.MEMBER);
        assertThat(scene.participants(hub)).containsExactly(ALICE);
        scene.checkInvariants();
    }

    @Test
    void theCommunityCreatorCannotBeDemotedAndOnlyMembersArePromoted() {
        BatchResult demoted = ok(world.demoteCommunityAdmins(ALICE, hub, List.of(ALICE)));
        BatchResult promoted = ok(world.promoteCommunityAdmins(ALICE, hub, List.of(ERIN)));

        assertThat(demoted.failed()).containsExactly(new BatchResult.Failure(ALICE, Reason.CREATOR_FIXED));
        assertThat(promoted.failed()).containsExactly(new BatchResult.Failure(ERIN, Reason.NOT_A_MEMBER));
        assertThat(scene.rank(hub, ALICE)).isEqualTo(Rank.CREATOR);
    }

    @Test
    void participantChangesOnTheAnnouncementGroupActOnTheCommunity() {
        String announcement = scene.announcementOf(ALICE, hub);

        ok(world.addParticipants(ALICE, announcement, List.of(CAROL), ParentReach.AS_GROUP));
        ok(world.promote(ALICE, announcement, List.of(CAROL), BatchMode.EACH, ParentReach.AS_GROUP));

        assertThat(scene.community(hub).directMembers()).containsExactly(CAROL);
        assertThat(scene.rank(hub, CAROL)).isEqualTo(Rank.ADMIN);
        ok(world.removeParticipants(ALICE, announcement, List.of(BOB), ParentReach.AS_GROUP));
        assertThat(scene.participants(engineering)).containsExactly(ALICE);
        scene.refusedWithoutChange(Reason.PARENT_GROUP, () -> world.addParticipants(ALICE, hub, List.of(DAVE), ParentReach.AS_GROUP));
        scene.checkInvariants();
    }

    @Test
    void leavingTheAnnouncementGroupLeavesTheCommunityAndItsCreatorCannot() {
        ok(world.leaveGroup(BOB, scene.announcementOf(BOB, hub), ParentReach.AS_GROUP));

        assertThat(scene.members(hub)).containsExactly(ALICE);
        assertThat(scene.participants(engineering)).containsExactly(ALICE);
        scene.refusedWithoutChange(Reason.CREATOR_FIXED, () -> world.leaveGroup(ALICE, scene.announcementOf(ALICE, hub), ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.PARENT_GROUP, () -> world.leaveGroup(ALICE, hub, ParentReach.AS_GROUP));
    }
}
