package dev.commsim.simulator.snapshot;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exporting the world and importing it back, as a user saving a reproduction would. */
class SnapshotTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    @Test
    void anExportedSnapshotImportsBackToTheSameWorldAndKeepsWorking() {
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String engineering = alice.createGroup("Engineering", BOB, CAROL);
        alice.linked(hub.id(), engineering);
        alice.send(hub.announcementId(), "hello").then().statusCode(200);
        String exported = StateInvariants.snapshot(SIM);

        SIM.control().post("/_sim/reset").then().statusCode(200);
        SIM.control().body(exported).put("/_sim/state").then().statusCode(200);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(exported);
        StateInvariants.check(SIM);
        String sales = alice.createGroup("Sales", BOB);
        assertThat(sales).isNotIn(hub.id(), hub.announcementId(), engineering);
        alice.linked(hub.id(), sales);
        alice.raw().get("/chats").then().statusCode(200);
    }

    @Test
    void aSnapshotThatBreaksTheRulesIsRefusedAndNothingChanges() {
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        alice.createCommunity("Hub");
        String exported = StateInvariants.snapshot(SIM);
        // the parent comes first in the export: renaming it alone breaks the twins
        String renamedTwin = exported.replaceFirst("\"subject\":\"Hub\"", "\"subject\":\"Other\"");

        SIM.control().body(renamedTwin).put("/_sim/state").then().statusCode(422)
                .body("error", containsString("I1"));
        SIM.control().body("{\"version\":99}").put("/_sim/state").then().statusCode(422)
                .body("error", containsString("version"));
        SIM.control().body("{not json").put("/_sim/state").then().statusCode(400);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(exported);
    }

    @Test
    void aSnapshotCanLowerNoLimitBelowWhatItHolds() {
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        alice.createGroup("Three", BOB, CAROL);
        String exported = StateInvariants.snapshot(SIM).replace("\"maxGroupSize\":1024", "\"maxGroupSize\":2");

        SIM.control().body(exported).put("/_sim/state").then().statusCode(422)
                .body("error", containsString("maxGroupSize"));
        SIM.control().body(Map.of("maxGroupSize", 1024)).put("/_sim/settings").then().statusCode(200);
    }
}
