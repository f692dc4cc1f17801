package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.DIEGO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ELISA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.support.RunningSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R3 through {@code POST /communities/link}: batches judged group by group. */
class ZapiLinkTest {
    /** Small limits so R6's edges are reachable: 2 linked groups, 4 community members. */
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator(SimulatorSettings.defaults()
            .withMaxLinkedGroups(2).withMaxCommunityMembers(4));

    private ZapiClient ana;
    private ZapiClient.Community hub;

    @BeforeEach
    void community() {
        ana = ZapiClient.declare(SIM, ANA);
        hub = ana.createCommunity("Company Hub");
    }

    @Test
    void linkingAGroupBringsItsParticipantsIntoTheAnnouncementGroupAndMarksIt() {
        String group = ana.createGroup("Engineering", BRUNO, CARLA);

        assertThat(ana.link(hub.id(), group)).isTrue();

        assertThat(ana.participants(hub.announcement())).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
        assertThat(ana.metadata(group).getString("communityId")).isEqualTo(hub.id());
        assertThat(ana.metadata(group).getBoolean("isGroupAnnouncement")).isFalse();
    }

    @Test
    void oneRefusedGroupAnswersSuccessFalseWhileTheOthersStillLink() {
        String mine = ana.createGroup("Engineering", BRUNO);
        ZapiClient diego = ZapiClient.declare(SIM, DIEGO);
        String notAdminThere = diego.createGroup("Diego's", ANA);
        String alsoMine = ana.createGroup("Design", CARLA);

        assertThat(ana.link(hub.id(), mine, notAdminThere, alsoMine)).isFalse();

        assertThat(ana.communityMetadata(hub.id()).getList("subGroups.phone"))
                .containsExactly(hub.announcement(), mine, alsoMine);
        assertThat(ana.metadata(notAdminThere).getString("communityId")).isNull();
        assertThat(ana.participants(hub.announcement())).doesNotContain(DIEGO);
    }

    @Test
    void linkingAgainToTheSameCommunityIsANoOpSuccess() {
        String group = ana.createGroup("Engineering", BRUNO);
        ana.linked(hub.id(), group);

        assertThat(ana.link(hub.id(), group)).isTrue();
        assertThat(ana.communityMetadata(hub.id()).getList("subGroups.phone"))
                .containsExactly(hub.announcement(), group);
    }

    @Test
    void aGroupLinkedElsewhereIsRefused() {
        String group = ana.createGroup("Engineering", BRUNO);
        ZapiClient.Community other = ana.createCommunity("Other Hub");
        ana.linked(other.id(), group);

        assertThat(ana.link(hub.id(), group)).isFalse();
        assertThat(ana.metadata(group).getString("communityId")).isEqualTo(other.id());
    }

    @Test
    void onlyAnAdminOfTheCommunityMayLink() {
        String annGroup = ana.createGroup("Engineering", BRUNO);
        ana.linked(hub.id(), annGroup);
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);
        String brunosGroup = bruno.createGroup("Bruno's", CARLA);

        assertThat(bruno.link(hub.id(), brunosGroup)).isFalse();
        assertThat(bruno.metadata(brunosGroup).getString("communityId")).isNull();
    }

    @Test
    void theAnnouncementGroupCannotBeLinked() {
        ZapiClient.Community other = ana.createCommunity("Other Hub");

        assertThat(ana.link(hub.id(), other.announcement())).isFalse();
    }

    @Test
    void theLinkedGroupLimitRefusesTheGroupThatWouldPassIt() {
        String first = ana.createGroup("One", BRUNO);
        String second = ana.createGroup("Two", BRUNO);
        String third = ana.createGroup("Three", BRUNO);

        assertThat(ana.link(hub.id(), first, second, third)).isFalse();

        assertThat(ana.communityMetadata(hub.id()).getList("subGroups.phone"))
                .containsExactly(hub.announcement(), first, second);
    }

    @Test
    void aGroupThatWouldTakeTheCommunityPastItsMemberLimitIsRefusedWhole() {
        String fits = ana.createGroup("Fits", BRUNO, CARLA);
        String tooMany = ana.createGroup("Too many", DIEGO, ELISA);

        assertThat(ana.link(hub.id(), fits, tooMany)).isFalse();

        assertThat(ana.participants(hub.announcement())).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
        assertThat(ana.metadata(tooMany).getString("communityId")).isNull();
    }

    @Test
    void anUnknownCommunityAnswersSuccessFalse() {
        String group = ana.createGroup("Engineering", BRUNO);

        assertThat(ana.link("120363999999999999", group)).isFalse();
        assertThat(ana.metadata(group).getString("communityId")).isNull();
    }
}
