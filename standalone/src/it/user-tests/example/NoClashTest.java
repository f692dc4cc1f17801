package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commsim.simulator.admin.CommsimAdmin;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/**
 * The project keeps its own Jackson and Undertow (older than Commsim's), and Commsim runs beside them on its
 * own copies.
 */
class NoClashTest {

    @Test
    void theProjectsJacksonIsItsOwnVersion() {
        assertEquals(System.getProperty("expected.jackson.version"),
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    }

    @Test
    void commsimsJsonTypesAreNotTheProjects() throws Exception {
        String type = CommsimAdmin.class.getMethod("state").getReturnType().getName();
        assertTrue(type.startsWith("dev.commsim.shaded."), type);
    }

    @Test
    void theProjectsUndertowAndCommsimServeSideBySide() throws Exception {
        assertEquals(System.getProperty("expected.undertow.version"), io.undertow.Version.getVersionString());
        Undertow own = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(exchange -> exchange.getResponseSender().send("{\"mine\":true}")).build();
        own.start();
        try (Simulator commsim = Simulator.start(SimulatorSettings.defaults().withPort(0))) {
            int port = ((InetSocketAddress) own.getListenerInfo().get(0).getAddress()).getPort();
            assertTrue(Http.send("GET", "http://127.0.0.1:" + port + "/", null, null).body().path("mine").asBoolean());
            assertEquals(200, Http.send("GET", commsim.baseUrl() + "/groups", "my-token", null).status());
        } finally {
            own.stop();
        }
    }
}
