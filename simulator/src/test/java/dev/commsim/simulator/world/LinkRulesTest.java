package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.Phones;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R3: who may link what, and what a link does to the announcement group. */
class LinkRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;
    private final String hub = scene.community(ALICE, "Hub");

    @Test
    void linkingBringsEveryParticipantOfTheGroupIntoTheAnnouncementGroup() {
        String engineering = scene.group(ALICE, "Engineering", BOB, CAROL);

        ok(world.link(ALICE, hub, engineering));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        assertThat(scene.group(engineering).linkedParent()).isEqualTo(hub);
        assertThat(ok(world.group(ALICE, engineering, ParentReach.AS_GROUP)).communityId()).isEqualTo(hub);
        assertThat(scene.community(hub).linkedGroups()).containsExactly(engineering);
        scene.checkInvariants();
    }

    @Test
    void linkingTheSameGroupAgainToTheSameCommunityIsANoOpSuccess() {
        String engineering = scene.linkedGroup(ALICE, hub, "Engineering", BOB);
        WorldSnapshot before = world.snapshot();

        assertThat(world.link(ALICE, hub, engineering).isOk()).isTrue();

        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void aGroupLinkedToAnotherCommunityIsRefusedAndNothingChanges() {
        String other = scene.community(ALICE, "Other");
        String engineering = scene.linkedGroup(ALICE, other, "Engineering", BOB);

        scene.refusedWithoutChange(Reason.LINKED_ELSEWHERE, () -> world.link(ALICE, hub, engineering));
    }

    @Test
    void theAnnouncementGroupAndTheParentCannotBeLinked() {
        String other = scene.community(ALICE, "Other");

        scene.refusedWithoutChange(Reason.NOT_ORDINARY, () -> world.link(ALICE, hub, other));
        scene.refusedWithoutChange(Reason.NOT_ORDINARY,
                () -> world.link(ALICE, hub, scene.announcementOf(ALICE, other)));
        scene.refusedWithoutChange(Reason.NOT_ORDINARY, () -> world.link(ALICE, hub, scene.announcementOf(ALICE, hub)));
    }

    @Test
    void onlyAnAdminOfTheParentMayLink() {
        ok(world.addCommunityMembers(ALICE, hub, List.of(BOB)));
        String bobs = scene.group(BOB, "Bob's", CAROL);

        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.link(BOB, hub, bobs));
    }

    @Test
    void theCallerMustAlsoBeAnAdminOfTheGroup() {
        String bobs = scene.group(BOB, "Bob's", ALICE);

        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.link(ALICE, hub, bobs));
    }

    @Test
    void aGroupTheCallerIsNotInAndACommunityTheCallerIsNotInAreNotFound() {
        String bobs = scene.group(BOB, "Bob's", CAROL);
        String bobsHub = scene.community(BOB, "Bob's hub");
        String alices = scene.group(ALICE, "Alice's", CAROL);

        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.link(ALICE, hub, bobs));
        scene.refusedWithoutChange(Reason.COMMUNITY_NOT_FOUND, () -> world.link(ALICE, bobsHub, alices));
        scene.refusedWithoutChange(Reason.COMMUNITY_NOT_FOUND, () -> world.link(ALICE, "120363999999999999", alices));
    }

    @Test
    void theLinkPastTheLinkedGroupLimitIsRefusedTheAnnouncementGroupNotCounted() {
        scene.settings(WorldSettings.defaults().withMaxLinkedGroups(2));
        scene.linkedGroup(ALICE, hub, "One", BOB);
        scene.linkedGroup(ALICE, hub, "Two", BOB);
        String three = scene.group(ALICE, "Three", BOB);

        scene.refusedWithoutChange(Reason.LINKED_GROUP_LIMIT, () -> world.link(ALICE, hub, three));
    }

    @Test
    void aLinkThatWouldPassTheMemberLimitIsRefusedWhole() {
        scene.settings(WorldSettings.defaults().withMaxCommunityMembers(3));
        String big = scene.group(ALICE, "Big", BOB, CAROL, DAVE);

        scene.refusedWithoutChange(Reason.COMMUNITY_MEMBER_LIMIT, () -> world.link(ALICE, hub, big));
    }

    @Test
    void aLinkThatExactlyReachesTheMemberLimitIsAcceptedAndMembersAlreadyInCountOnce() {
        scene.settings(WorldSettings.defaults().withMaxCommunityMembers(3));
        ok(world.addCommunityMembers(ALICE, hub, List.of(BOB)));
        String group = scene.group(ALICE, "G", BOB, CAROL);

        ok(world.link(ALICE, hub, group));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        scene.checkInvariants();
    }

    @Test
    void creatingAGroupInsideTheCommunityCreatesAndLinksIt() {
        CreatedGroup created = ok(world.createLinkedGroup(ALICE, hub, "Inside", List.of(BOB, Phones.NOT_ON_WHATSAPP)));

        assertThat(created.group().linkedParent()).isEqualTo(hub);
        assertThat(created.unprocessed()).containsExactly(Phones.NOT_ON_WHATSAPP);
        assertThat(scene.participants(created.group().id())).containsExactly(ALICE, BOB);
        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB);
        scene.checkInvariants();
    }

    @Test
    void creatingAGroupInsideAFullCommunityCreatesNothing() {
        scene.settings(WorldSettings.defaults().withMaxCommunityMembers(2));

        scene.refusedWithoutChange(Reason.COMMUNITY_MEMBER_LIMIT,
                () -> world.createLinkedGroup(ALICE, hub, "Inside", List.of(BOB, CAROL)));
        scene.settings(WorldSettings.defaults().withMaxLinkedGroups(0));
        scene.refusedWithoutChange(Reason.LINKED_GROUP_LIMIT,
                () -> world.createLinkedGroup(ALICE, hub, "Inside", List.of(BOB)));
    }

    @Test
    void aBatchLinkJudgesEachGroupInTurnAndNamesTheReasonOfEveryRefusedOne() {
        scene.settings(WorldSettings.defaults().withMaxLinkedGroups(2));
        String one = scene.group(ALICE, "One", BOB);
        String elsewhere = scene.linkedGroup(ALICE, scene.community(ALICE, "Other"), "Elsewhere", BOB);
        String two = scene.group(ALICE, "Two", CAROL);
        String three = scene.group(ALICE, "Three", DAVE);

        BatchResult result = world.linkAll(ALICE, hub, List.of(one, elsewhere, hub, two, three));

        assertThat(result.processed()).containsExactly(one, two);
        assertThat(result.failed()).containsExactly(new BatchResult.Failure(elsewhere, Reason.LINKED_ELSEWHERE),
                new BatchResult.Failure(hub, Reason.NOT_ORDINARY),
                new BatchResult.Failure(three, Reason.LINKED_GROUP_LIMIT));
        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        scene.checkInvariants();
    }

    @Test
    void aBatchLinkBySomeoneWhoMayNotLinkRefusesEveryGroupAndChangesNothing() {
        String one = scene.group(BOB, "One", ALICE);
        WorldSnapshot before = world.snapshot();

        BatchResult result = world.linkAll(BOB, hub, List.of(one));

        assertThat(result.failed()).containsExactly(new BatchResult.Failure(one, Reason.COMMUNITY_NOT_FOUND));
        assertThat(world.snapshot()).isEqualTo(before);
    }
}
