package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R8 through {@code DELETE /communities/{communityId}}. */
class ZapiDeactivateTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient.Community hub;
    private String linked;

    @BeforeEach
    void communityWithALinkedGroup() {
        ana = ZapiClient.declare(SIM, ANA);
        hub = ana.createCommunity("Company Hub");
        linked = ana.createGroup("Engineering", BRUNO, CARLA);
        ana.linked(hub.id(), linked);
    }

    @Test
    void deactivatingLeavesTheLinkedGroupsAsOrdinaryGroupsAndTheIdNotFound() {
        assertThat(ZapiClient.success(ana.raw().delete("/communities/" + hub.id()))).isTrue();

        ana.raw().get("/communities-metadata/" + hub.id()).then().statusCode(400)
                .body("error", equalTo("Community not found"));
        assertThat(ana.communities()).isEmpty();
        assertThat(ana.metadata(linked).getString("communityId")).isNull();
        assertThat(ana.participants(linked)).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
        assertThat(ana.list("/groups").findValuesAsText("phone")).containsExactly(linked);
        ana.raw().get("/group-metadata/" + hub.announcement()).then().statusCode(400)
                .body("error", equalTo("Group not found"));
    }

    @Test
    void onlyACommunityAdminMayDeactivate() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(ZapiClient.success(bruno.raw().delete("/communities/" + hub.id()))).isFalse();

        assertThat(ana.communityMetadata(hub.id()).getString("id")).isEqualTo(hub.id());
    }

    @Test
    void deactivatingTwiceAnswersSuccessFalse() {
        ana.raw().delete("/communities/" + hub.id()).then().statusCode(200);

        assertThat(ZapiClient.success(ana.raw().delete("/communities/" + hub.id()))).isFalse();
    }
}
