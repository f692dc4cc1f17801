package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commsim.simulator.junit.Commsim;
import dev.commsim.simulator.junit.CommsimUrl;
import org.junit.jupiter.api.Test;

/** A shipped scenario, loaded before each test. */
@Commsim(scenario = "non-admin-member")
class ScenarioTest {

    @Test
    void aNonAdminCannotPostInTheAnnouncementGroup(@CommsimUrl String baseUrl) throws Exception {
        String announcement = "{\"to\":\"120363100000000032@g.us\",\"body\":\"Hello\"}";
        assertEquals(403, Http.send("POST", baseUrl + "/messages/text", "tok-bob", announcement).status());
        assertEquals(200, Http.send("POST", baseUrl + "/messages/text", "tok-alice", announcement).status());
    }
}
