package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.DIEGO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ELISA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.FABIO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.NOT_ON_WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.support.RunningSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R5 propagation, R6 per-number limits and R10 participant rules through the shared participant URLs,
 * in their group form ({@code groupId}) and community form ({@code communityId}).
 */
class ZapiParticipantsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator(SimulatorSettings.defaults()
            .withMaxGroupSize(4).withMaxCommunityMembers(6));

    private ZapiClient ana;
    private ZapiClient.Community hub;
    private String linked;

    @BeforeEach
    void communityWithALinkedGroup() {
        ana = ZapiClient.declare(SIM, ANA);
        hub = ana.createCommunity("Company Hub");
        linked = ana.createGroup("Engineering", BRUNO);
        ana.linked(hub.id(), linked);
    }

    @Test
    void addingToALinkedGroupAlsoAddsToTheAnnouncementGroup() {
        assertThat(ana.onGroup("/add-participant", linked, CARLA)).isTrue();

        assertThat(ana.participants(linked)).contains(CARLA);
        assertThat(ana.participants(hub.announcement())).contains(CARLA);
    }

    @Test
    void removingFromALinkedGroupKeepsThePersonInTheCommunity() {
        assertThat(ana.onGroup("/remove-participant", linked, BRUNO)).isTrue();

        assertThat(ana.participants(linked)).doesNotContain(BRUNO);
        assertThat(ana.participants(hub.announcement())).contains(BRUNO);
    }

    @Test
    void leavingALinkedGroupKeepsThePersonInTheCommunity() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(ZapiClient.value(bruno.post("/leave-group", java.util.Map.of("groupId", linked)))).isTrue();

        assertThat(ana.participants(linked)).doesNotContain(BRUNO);
        assertThat(ana.participants(hub.announcement())).contains(BRUNO);
    }

    @Test
    void addingToTheCommunityMakesADirectMemberOfTheAnnouncementGroupOnly() {
        assertThat(ana.onCommunity("/add-participant", hub.id(), CARLA)).isTrue();

        assertThat(ana.participants(hub.announcement())).contains(CARLA);
        assertThat(ana.participants(linked)).doesNotContain(CARLA);
        assertThat(SimState.of(SIM).directMembers(hub.id())).contains(CARLA);
    }

    @Test
    void removingFromTheCommunityTakesThePersonOutOfTheAnnouncementGroupAndEveryLinkedGroup() {
        assertThat(ana.onCommunity("/remove-participant", hub.id(), BRUNO)).isTrue();

        assertThat(ana.participants(hub.announcement())).doesNotContain(BRUNO);
        assertThat(ana.participants(linked)).doesNotContain(BRUNO);
    }

    @Test
    void communityAdminsAreRankedInTheAnnouncementGroupAndTheParent() {
        assertThat(ana.onCommunity("/add-admin", hub.id(), BRUNO)).isTrue();

        assertThat(ana.admins(hub.announcement())).contains(BRUNO);
        assertThat(SimState.of(SIM).communityAdmins(hub.id())).containsExactlyInAnyOrder(ANA, BRUNO);

        assertThat(ana.onCommunity("/remove-admin", hub.id(), BRUNO)).isTrue();

        assertThat(ana.admins(hub.announcement())).doesNotContain(BRUNO);
        assertThat(SimState.of(SIM).communityAdmins(hub.id())).containsExactly(ANA);
    }

    @Test
    void theAnnouncementGroupIdWorksAsCommunityIdAndAsGroupId() {
        assertThat(ana.onCommunity("/add-participant", hub.announcement(), CARLA)).isTrue();
        assertThat(ana.onGroup("/add-participant", hub.announcement(), DIEGO)).isTrue();

        assertThat(SimState.of(SIM).directMembers(hub.id())).contains(CARLA, DIEGO);
    }

    @Test
    void theCommunityParentIsNotReachableThroughTheGroupForm() {
        assertThat(ana.onGroup("/add-participant", hub.id() + "-group", CARLA)).isFalse();

        assertThat(ana.participants(hub.announcement())).doesNotContain(CARLA);
    }

    @Test
    void valueIsFalseWhenNoNumberCouldBeApplied() {
        assertThat(ana.onGroup("/add-participant", linked, BRUNO, NOT_ON_WHATSAPP)).isFalse();
        assertThat(ana.onGroup("/remove-participant", linked, CARLA)).isFalse();
        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO);
    }

    @Test
    void valueIsTrueWhenSomeNumbersWereAppliedAndOthersNot() {
        assertThat(ana.onGroup("/add-participant", linked, NOT_ON_WHATSAPP, CARLA)).isTrue();

        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
    }

    @Test
    void aFullGroupTakesTheNumbersThatFitInRequestOrder() {
        assertThat(ana.onGroup("/add-participant", linked, CARLA, DIEGO, ELISA)).isTrue();

        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO, CARLA, DIEGO);
    }

    @Test
    void aFullCommunityRefusesTheNumbersThatWouldPassItsLimit() {
        String other = ana.createGroup("Other", CARLA);
        assertThat(ana.onCommunity("/add-participant", hub.id(), DIEGO, ELISA)).isTrue();
        // The community now holds Ana, Bruno, Diego, Elisa: two more fit, the third does not.
        assertThat(ana.onGroup("/add-participant", other, DIEGO)).isTrue();
        ana.linked(hub.id(), other);

        assertThat(ana.onCommunity("/add-participant", hub.id(), FABIO, "5511911110007")).isTrue();

        assertThat(ana.participants(hub.announcement())).hasSize(6).contains(FABIO).doesNotContain("5511911110007");
    }

    @Test
    void onlyAdminsChangeTheParticipants() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(bruno.onGroup("/add-participant", linked, CARLA)).isFalse();
        assertThat(bruno.onCommunity("/add-participant", hub.id(), CARLA)).isFalse();
        assertThat(bruno.onGroup("/add-admin", linked, BRUNO)).isFalse();

        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO);
        assertThat(ana.admins(linked)).containsExactly(ANA);
    }

    @Test
    void theCreatorCannotBeDemoted() {
        assertThat(ana.onGroup("/add-admin", linked, BRUNO)).isTrue();
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(bruno.onGroup("/remove-admin", linked, ANA)).isFalse();

        assertThat(ana.admins(linked)).containsExactlyInAnyOrder(ANA, BRUNO);
        assertThat(ana.metadata(linked).getList("participants.findAll { it.isSuperAdmin }.phone")).containsExactly(ANA);
    }

    @Test
    void lidNumbersAreNeverApplied() {
        assertThat(ana.onGroup("/add-participant", linked, "123456789012345@lid")).isFalse();
        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO);
    }
}
