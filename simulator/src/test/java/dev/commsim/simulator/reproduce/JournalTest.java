package dev.commsim.simulator.reproduce;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request journal: what each request did to the world, including what the rules did on their own. */
class JournalTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");

    @Test
    void aLinkIsJournalledWithThePropagationItCaused() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", BOB, CAROL);
        alice.linked(hub.id(), group);

        JsonPath journal = SIM.control().queryParam("method", "PUT").get("/_sim/journal").then().statusCode(200)
                .extract().jsonPath();
        assertThat(journal.<String>getList("entries.path")).containsExactly("/communities/" + hub.id() + "/" + group);
        assertThat(journal.getInt("entries[0].status")).isEqualTo(200);
        assertThat(journal.getString("entries[0].channel")).isEqualTo("tok-alice");
        assertThat(journal.getString("entries[0].dialect")).isEqualTo("whapi");
        assertThat(journal.<String>getList("entries[0].events.type")).containsExactly("group_linked", "participants_added");
        assertThat(journal.getString("entries[0].events[1].cause")).isEqualTo("propagation");
        assertThat(journal.getString("entries[0].events[1].chatId")).isEqualTo(hub.announcementId().replace("@g.us", ""));
        assertThat(journal.<String>getList("entries[0].events[1].phones")).containsExactly(BOB, CAROL);
    }

    @Test
    void deactivationJournalsTheUnlinksItCaused() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("Engineering", BOB));

        alice.raw().delete("/communities/" + hub.id()).then().statusCode(200);

        JsonPath journal = SIM.control().queryParam("event", "group_unlinked").get("/_sim/journal").then()
                .extract().jsonPath();
        assertThat(journal.<String>getList("entries.method")).containsExactly("DELETE");
        assertThat(journal.<String>getList("entries[0].events.cause")).contains("deactivation");
    }

    @Test
    void refusedRequestsAreJournalledWithoutEventsAndTheJournalFiltersAndClears() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        bob.raw().delete("/communities/" + hub.id()).then().statusCode(404);

        JsonPath refused = SIM.control().queryParam("status", 404).get("/_sim/journal").then().extract().jsonPath();
        assertThat(refused.<String>getList("entries.channel")).containsExactly("tok-bob");
        assertThat(refused.<List<?>>getList("entries.events")).containsExactly(List.of());
        assertThat(SIM.control().queryParam("limit", 1).get("/_sim/journal").then().extract().jsonPath()
                .getList("entries")).hasSize(1);
        SIM.control().queryParam("limit", "x").get("/_sim/journal").then().statusCode(400);

        SIM.control().delete("/_sim/journal").then().statusCode(200);
        assertThat(SIM.control().get("/_sim/journal").then().extract().jsonPath().getList("entries")).isEmpty();
    }
}
