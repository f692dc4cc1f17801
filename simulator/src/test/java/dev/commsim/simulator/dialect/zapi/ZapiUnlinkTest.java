package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.DIEGO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.RunningSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R4 through {@code POST /communities/unlink}, with Z-API's keep-the-last-group rule. */
class ZapiUnlinkTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient.Community hub;
    private String engineering;
    private String design;

    @BeforeEach
    void communityWithTwoLinkedGroups() {
        ana = ZapiClient.declare(SIM, ANA);
        hub = ana.createCommunity("Company Hub");
        engineering = ana.createGroup("Engineering", BRUNO, CARLA);
        design = ana.createGroup("Design", CARLA, DIEGO);
        ana.linked(hub.id(), engineering, design);
    }

    @Test
    void unlinkingTheLastOrdinaryGroupIsRefusedAndItStaysLinked() {
        assertThat(ana.unlink(hub.id(), design)).isTrue();

        assertThat(ana.unlink(hub.id(), engineering)).isFalse();

        assertThat(ana.metadata(engineering).getString("communityId")).isEqualTo(hub.id());
        assertThat(ana.communityMetadata(hub.id()).getList("subGroups.phone"))
                .containsExactly(hub.announcement(), engineering);
    }

    @Test
    void aBatchUnlinkOfEveryGroupUnlinksAllButTheLastAndAnswersSuccessFalse() {
        assertThat(ana.unlink(hub.id(), engineering, design)).isFalse();

        assertThat(ana.metadata(engineering).getString("communityId")).isNull();
        assertThat(ana.metadata(design).getString("communityId")).isEqualTo(hub.id());
    }

    @Test
    void orphansLeaveTheAnnouncementGroupWhileMembersOfAnotherLinkedGroupStay() {
        assertThat(ana.unlink(hub.id(), engineering)).isTrue();

        // Bruno was only in Engineering; Carla is still reached through Design.
        assertThat(ana.participants(hub.announcement())).containsExactlyInAnyOrder(ANA, CARLA, DIEGO);
        assertThat(ana.participants(engineering)).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
        assertThat(ana.metadata(engineering).getString("communityId")).isNull();
    }

    @Test
    void aGroupThatIsNotLinkedCannotBeUnlinked() {
        String loose = ana.createGroup("Loose", BRUNO);

        assertThat(ana.unlink(hub.id(), loose)).isFalse();
        assertThat(ana.communityMetadata(hub.id()).getList("subGroups.phone"))
                .containsExactly(hub.announcement(), engineering, design);
    }

    @Test
    void onlyACommunityAdminMayUnlink() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(bruno.unlink(hub.id(), engineering)).isFalse();
        assertThat(ana.metadata(engineering).getString("communityId")).isEqualTo(hub.id());
    }
}
