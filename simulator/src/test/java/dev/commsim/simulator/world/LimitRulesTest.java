package dev.commsim.simulator.world;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.NOT_ON_WHATSAPP;
import static dev.commsim.simulator.world.WorldScene.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.Phones;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6: limits are inclusive, judged per item in request order, and nothing is partly applied. */
class LimitRulesTest {
    private final WorldScene scene = new WorldScene();
    private final World world = scene.world;

    @Test
    void the2000thMemberIsAcceptedAndThe2001stRefusedAtTheRealDefault() {
        String hub = scene.community(ALICE, "Hub");

        BatchResult upTo2000 = ok(world.addCommunityMembers(ALICE, hub, WorldScene.numbered(1, 1999)));
        BatchResult one = ok(world.addCommunityMembers(ALICE, hub, List.of(BOB)));

        assertThat(upTo2000.failed()).isEmpty();
        assertThat(scene.members(hub)).hasSize(2000);
        assertThat(one.failed()).containsExactly(new BatchResult.Failure(BOB, Reason.COMMUNITY_FULL));
        scene.checkInvariants();
    }

    @Test
    void aBatchAddFillsTheCommunityInRequestOrderAndRefusesTheRest() {
        scene.settings(WorldSettings.defaults().withMaxCommunityMembers(3));
        String hub = scene.community(ALICE, "Hub");
        String group = scene.linkedGroup(ALICE, hub, "G", BOB);

        BatchResult added = ok(world.addParticipants(ALICE, group, List.of(CAROL, Phones.DAVE, Phones.ERIN), ParentReach.AS_GROUP));

        assertThat(added.processed()).containsExactly(CAROL);
        assertThat(added.failed()).extracting(BatchResult.Failure::reason)
                .containsExactly(Reason.COMMUNITY_FULL, Reason.COMMUNITY_FULL);
        assertThat(scene.participants(group)).containsExactly(ALICE, BOB, CAROL);
        scene.checkInvariants();
    }

    @Test
    void anOrdinaryGroupHoldsAtMostMaxGroupSizeParticipants() {
        scene.settings(WorldSettings.defaults().withMaxGroupSize(3));
        String group = scene.group(ALICE, "G", BOB);

        BatchResult added = ok(world.addParticipants(ALICE, group, List.of(CAROL, Phones.DAVE), ParentReach.AS_GROUP));

        assertThat(added.processed()).containsExactly(CAROL);
        assertThat(added.failed()).containsExactly(new BatchResult.Failure(Phones.DAVE, Reason.GROUP_FULL));
    }

    @Test
    void aGroupCreatedWithTooManyNumbersKeepsTheFirstOnesAndReportsTheRest() {
        scene.settings(WorldSettings.defaults().withMaxGroupSize(3));

        CreatedGroup created = ok(world.createGroup(ALICE, "G", List.of(BOB, NOT_ON_WHATSAPP, CAROL, Phones.DAVE)));

        assertThat(scene.participants(created.group().id())).containsExactly(ALICE, BOB, CAROL);
        assertThat(created.unprocessed()).containsExactly(NOT_ON_WHATSAPP, Phones.DAVE);
    }

    @Test
    void aNumberNotOnWhatsAppIsRefusedForThatNumberOnly() {
        String group = scene.group(ALICE, "G", BOB);

        BatchResult added = ok(world.addParticipants(ALICE, group, List.of(NOT_ON_WHATSAPP, CAROL, BOB), ParentReach.AS_GROUP));

        assertThat(added.processed()).containsExactly(CAROL);
        assertThat(added.failed()).containsExactly(new BatchResult.Failure(NOT_ON_WHATSAPP, Reason.NOT_ON_WHATSAPP),
                new BatchResult.Failure(BOB, Reason.ALREADY_MEMBER));
    }

    @Test
    void subjectsAreLimitedTo100CharactersAndDescriptionsTo2048() {
        String group = scene.group(ALICE, "G", BOB);

        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.updateGroupInfo(ALICE, group, "s".repeat(101), null, ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.updateGroupInfo(ALICE, group, null, "d".repeat(2049), ParentReach.AS_GROUP));
        scene.refusedWithoutChange(Reason.INVALID_INPUT, () -> world.createGroup(ALICE, "s".repeat(101), List.of(BOB)));
        ok(world.updateGroupInfo(ALICE, group, "s".repeat(100), "d".repeat(2048), ParentReach.AS_GROUP));
    }
}
