package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R10: ordinary group operations. */
class GroupRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;

    @Test
    void theCreatorBecomesCreatorAndTheOthersMembersAndTheCallerIsNotAddedTwice() {
        CreatedGroup created = ok(world.createGroup(ALICE, "G", List.of(BOB, ALICE, CAROL, BOB)));

        assertThat(created.group().participants()).containsExactly(new Participant(ALICE, Rank.CREATOR),
                new Participant(BOB, Rank.MEMBER), new Participant(CAROL, Rank.MEMBER));
        assertThat(created.unprocessed()).isEmpty();
    }

    @Test
    void aGroupNeedsSomeoneOtherThanTheCaller() {
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createGroup(ALICE, "G", List.of(ALICE)));
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createGroup(ALICE, "G", List.of()));
    }

    @Test
    void onlyAdminsAddAndRemoveParticipantsAndTheCreatorStays() {
        String group = scene.group(ALICE, "G", BOB);

        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.addParticipants(BOB, group, List.of(CAROL), ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.removeParticipants(BOB, group, List.of(ALICE), ParentReach.AS_GROUP));
        BatchResult removed = ok(world.removeParticipants(ALICE, group, List.of(ALICE, CAROL, BOB), ParentReach.AS_GROUP));

        assertThat(removed.processed()).containsExactly(BOB);
        assertThat(removed.failed()).containsExactly(new BatchResult.Failure(ALICE, Reason.CREATOR_FIXED),
                new BatchResult.Failure(CAROL, Reason.NOT_A_MEMBER));
    }

    @Test
    void promoteAndDemoteAreAllOrNothingOrEachByMode() {
        String group = scene.group(ALICE, "G", BOB, CAROL);

        scene.refusedWithoutChange(Reason.PARTICIPANT_NOT_FOUND,
                () -> world.promote(ALICE, group, List.of(BOB, DAVE), BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP));
        BatchResult each = ok(world.promote(ALICE, group, List.of(BOB, DAVE), BatchMode.EACH, ParentReach.AS_GROUP));

        assertThat(each.processed()).containsExactly(BOB);
        assertThat(scene.rank(group, BOB)).isEqualTo(Rank.ADMIN);
        scene.refusedWithoutChange(Reason.CREATOR_FIXED,
                () -> world.demote(ALICE, group, List.of(BOB, ALICE), BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP));
        ok(world.demote(BOB, group, List.of(BOB), BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP));
        assertThat(scene.rank(group, BOB)).isEqualTo(Rank.MEMBER);
        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.promote(CAROL, group, List.of(CAROL), BatchMode.EACH, ParentReach.AS_GROUP));
    }

    @Test
    void restrictedInfoMeansOnlyAdminsChangeSubjectAndDescription() {
        String group = scene.group(ALICE, "G", BOB);
        ok(world.updateGroupInfo(BOB, group, "Bob's name", null, ParentReach.AS_GROUP));

        ok(world.groupSettings(ALICE, group, Map.of(GroupSetting.RESTRICT_INFO, true), ParentReach.AS_GROUP));

        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.updateGroupInfo(BOB, group, null, "about", ParentReach.AS_GROUP));
        assertThat(scene.group(group).subject()).isEqualTo("Bob's name");
        assertThat(scene.group(group).subjectOwner()).isEqualTo(BOB);
    }

    @Test
    void settingsAreForAdminsAndTheAnnouncementAndAddModesOfTheCommunityTwinsAreFixed() {
        String group = scene.group(ALICE, "G", BOB);
        String hub = scene.community(ALICE, "Hub");
        String announcement = scene.announcementOf(ALICE, hub);

        scene.refusedWithoutChange(Reason.NOT_ADMIN, () -> world.groupSettings(BOB, group, Map.of(GroupSetting.ADMINS_ADD, true), ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.ANNOUNCEMENT_MODE_FIXED,
                () -> world.groupSettings(ALICE, announcement, Map.of(GroupSetting.ANNOUNCEMENTS_ONLY, false), ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.ANNOUNCEMENT_MODE_FIXED,
                () -> world.groupSettings(ALICE, hub, Map.of(GroupSetting.ADMINS_ADD, false), ParentReach.AS_GROUP));
        ok(world.groupSettings(ALICE, announcement, Map.of(GroupSetting.ANNOUNCEMENTS_ONLY, true), ParentReach.AS_GROUP));
        ok(world.groupSettings(ALICE, announcement, Map.of(GroupSetting.APPROVE_PARTICIPANTS, true), ParentReach.AS_GROUP));
        assertThat(scene.group(announcement).approveParticipants()).isTrue();
    }

    @Test
    void leavingAGroupRemovesTheCallerOnlyAndTheLongestStandingMemberSucceedsTheLastAdmin() {
        String group = scene.group(ALICE, "G", BOB, CAROL);

        ok(world.leaveGroup(ALICE, group, ParentReach.AS_GROUP));

        assertThat(scene.group(group).participants()).containsExactly(new Participant(BOB, Rank.ADMIN),
                new Participant(CAROL, Rank.MEMBER));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.leaveGroup(ALICE, group, ParentReach.AS_GROUP));
    }

    @Test
    void anInviteCodeLetsAnotherAccountJoinUntilItIsRevoked() {
        String group = scene.group(ALICE, "G", BOB);
        String code = ok(world.inviteCode(ALICE, group, ParentReach.AS_GROUP));

        assertThat(ok(world.joinByInvite(CAROL, code)).id()).isEqualTo(group);
        String fresh = ok(world.revokeInviteCode(ALICE, group, ParentReach.AS_GROUP));

        assertThat(fresh).isNotEqualTo(code);
        scene.refusedWithoutChange(Reason.INVITE_NOT_FOUND, () -> world.joinByInvite(DAVE, code));
        ok(world.joinByInvite(DAVE, fresh));
        assertThat(scene.participants(group)).containsExactly(ALICE, BOB, CAROL, DAVE);
    }

    @Test
    void joiningALinkedGroupByInviteAlsoJoinsTheCommunityAndACommunityCodeMakesADirectMember() {
        String hub = scene.community(ALICE, "Hub");
        String linked = scene.linkedGroup(ALICE, hub, "Linked", BOB);

        ok(world.joinByInvite(CAROL, ok(world.inviteCode(ALICE, linked, ParentReach.AS_GROUP))));
        GroupView joined = ok(world.joinByInvite(DAVE, ok(world.revokeCommunityInvite(ALICE, hub))));

        assertThat(scene.members(hub)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        assertThat(joined.id()).isEqualTo(scene.announcementOf(ALICE, hub));
        assertThat(scene.community(hub).directMembers()).containsExactly(DAVE);
        scene.checkInvariants();
    }

    @Test
    void aCommunityMemberJoinsALinkedGroupThroughTheCommunity() {
        String hub = scene.community(ALICE, "Hub");
        String linked = scene.linkedGroup(ALICE, hub, "Linked", BOB);
        String loose = scene.group(ALICE, "Loose", BOB);
        ok(world.addCommunityMembers(ALICE, hub, List.of(CAROL)));

        ok(world.joinLinkedGroup(CAROL, hub, linked));

        assertThat(scene.participants(linked)).containsExactly(ALICE, BOB, CAROL);
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.joinLinkedGroup(CAROL, hub, loose));
        scene.refusedWithoutChange(Reason.COMMUNITY_NOT_FOUND, () -> world.joinLinkedGroup(DAVE, hub, linked));
        scene.checkInvariants();
    }

    @Test
    void settingsChangeTogetherOrNotAtAll() {
        String hub = scene.community(ALICE, "Hub");
        String announcement = scene.announcementOf(ALICE, hub);
        Map<GroupSetting, Boolean> changes = new LinkedHashMap<>();
        changes.put(GroupSetting.RESTRICT_INFO, false);
        changes.put(GroupSetting.APPROVE_PARTICIPANTS, true);
        changes.put(GroupSetting.ADMINS_ADD, false);

        scene.refusedWithoutChange(Reason.ANNOUNCEMENT_MODE_FIXED,
                () -> world.groupSettings(ALICE, announcement, changes, ParentReach.AS_GROUP));
        changes.remove(GroupSetting.ADMINS_ADD);
        ok(world.groupSettings(ALICE, announcement, changes, ParentReach.AS_GROUP));

        assertThat(scene.group(announcement).restrictInfo()).isFalse();
        assertThat(scene.group(announcement).approveParticipants()).isTrue();
    }

    @Test
    void aDialectWhoseGroupEndpointsDoNotReachTheParentFindsItNowhere() {
        String hub = scene.community(ALICE, "Hub");
        String announcement = scene.announcementOf(ALICE, hub);
        ParentReach reach = ParentReach.COMMUNITY_ONLY;

        assertThat(world.groups(ALICE, reach)).extracting(GroupView::id).containsExactly(announcement);
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.group(ALICE, hub, reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.inviteCode(ALICE, hub, reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.leaveGroup(ALICE, hub, reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.updateGroupInfo(ALICE, hub, "New", null, reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND,
                () -> world.groupSettings(ALICE, hub, Map.of(GroupSetting.RESTRICT_INFO, false), reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND, () -> world.addParticipants(ALICE, hub, List.of(BOB), reach));
        scene.refusedWithoutChange(Reason.GROUP_NOT_FOUND,
                () -> world.promote(ALICE, hub, List.of(ALICE), BatchMode.EACH, reach));
        assertThat(ok(world.group(ALICE, announcement, reach)).id()).isEqualTo(announcement);
    }

    @Test
    void aRefusedInputNamesItsFieldApartFromTheProblem() {
        Outcome.Refused<?> empty = (Outcome.Refused<?>) world.createGroup(ALICE, "", List.of(BOB));
        Outcome.Refused<?> alone = (Outcome.Refused<?>) world.createGroup(ALICE, "G", List.of(ALICE));

        assertThat(empty.input()).isEqualTo(new InputProblem(InputProblem.Field.SUBJECT, "must not be empty"));
        assertThat(empty.detail()).isEqualTo("subject must not be empty");
        assertThat(alone.input().field()).isEqualTo(InputProblem.Field.PARTICIPANTS);
        assertThat(alone.detail()).isEqualTo("participants must name someone other than the caller");
    }
}
