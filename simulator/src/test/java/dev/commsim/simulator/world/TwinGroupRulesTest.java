package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R1 and I1: a community is a parent group and an announcement group of the same name. */
class TwinGroupRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;

    @Test
    void creatingACommunityMakesTheParentAndTheAnnouncementGroupWithTheSameName() {
        CommunityView hub = ok(world.createCommunity(ALICE, "Hub", "Team groups"));

        GroupView parent = hub.parent();
        GroupView announcement = hub.announcement();
        assertThat(hub.id()).isEqualTo(parent.id()).isNotEqualTo(announcement.id());
        assertThat(parent.kind()).isEqualTo(GroupKind.COMMUNITY_PARENT);
        assertThat(announcement.kind()).isEqualTo(GroupKind.COMMUNITY_ANNOUNCEMENT);
        assertThat(parent.subject()).isEqualTo("Hub").isEqualTo(announcement.subject());
        assertThat(parent.description()).isEqualTo("Team groups").isEqualTo(announcement.description());
        assertThat(parent.participants()).containsExactly(new Participant(ALICE, Rank.CREATOR));
        assertThat(announcement.participants()).containsExactly(new Participant(ALICE, Rank.CREATOR));
        assertThat(announcement.linkedParent()).isEqualTo(parent.id());
        assertThat(announcement.announcementsOnly()).isTrue();
        assertThat(parent.linkedParent()).isNull();
        assertThat(hub.linkedGroups()).isEmpty();
        scene.checkInvariants();
    }

    @Test
    void bothTwinsAreListedAmongTheCreatorsGroups() {
        CommunityView hub = ok(world.createCommunity(ALICE, "Hub", null));

        assertThat(world.groups(ALICE, ParentReach.AS_GROUP)).extracting(GroupView::id)
                .containsExactlyInAnyOrder(hub.id(), hub.announcement().id());
        assertThat(world.groups(BOB, ParentReach.AS_GROUP)).isEmpty();
    }

    @Test
    void aCommunityNeedsANameOfOneToOneHundredCharactersAndNothingIsMadeWithoutOne() {
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createCommunity(ALICE, " ", null));
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createCommunity(ALICE, "x".repeat(101), null));
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createCommunity(ALICE, "Hub", "d".repeat(2049)));

        assertThat(ok(world.createCommunity(ALICE, "x".repeat(100), "d".repeat(2048))).parent().subject()).hasSize(100);
    }

    @Test
    void renamingEitherTwinRenamesBoth() {
        String hub = scene.community(ALICE, "Hub");
        String announcement = scene.announcementOf(ALICE, hub);

        ok(world.updateGroupInfo(ALICE, announcement, "Company", "About us", ParentReach.AS_GROUP));

        assertThat(scene.group(hub).subject()).isEqualTo("Company");
        assertThat(scene.group(hub).description()).isEqualTo("About us");
        assertThat(scene.group(announcement).subject()).isEqualTo("Company");
        scene.checkInvariants();
    }
}
