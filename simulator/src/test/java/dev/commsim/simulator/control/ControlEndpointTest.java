package dev.commsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commsim.simulator.support.Phones;
import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane's one table: the server serves every endpoint in it, and clients build their paths from it. */
class ControlEndpointTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    @Test
    void theServerServesEveryEndpointOfTheTable() {
        for (ControlEndpoint endpoint : ControlEndpoint.values()) {
            String path = endpoint.template().contains("{phone}") ? endpoint.path(Phones.ALICE)
                    : endpoint.template().contains("{id}") ? endpoint.path("f1") : endpoint.path();
            Response response = SIM.control().body("{}").request(endpoint.method(), path);

            assertThat(response.statusCode()).as("%s %s", endpoint.method(), path).isNotIn(405, 500);
            assertThat(response.asString()).as("%s %s", endpoint.method(), path)
                    .doesNotContain("no such control endpoint");
        }
    }

    @Test
    void aPathFillsTheTemplateInOrderAndEncodesWhatItFillsIn() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("method", "PUT");
        filters.put("path", "/groups/a b");

        assertThat(ControlEndpoint.RESET.path()).isEqualTo("/_sim/reset");
        assertThat(ControlEndpoint.REMOVE_FAULT.path("f 1/2")).isEqualTo("/_sim/faults/f%201%2F2");
        assertThat(ControlEndpoint.ACT_AS_SEND.path("15551110001")).isEqualTo("/_sim/act-as/15551110001/send");
        assertThat(ControlEndpoint.JOURNAL.path(filters)).isEqualTo("/_sim/journal?method=PUT&path=%2Fgroups%2Fa+b");
        assertThatThrownBy(() -> ControlEndpoint.REMOVE_FAULT.path()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlEndpoint.RESET.path("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
