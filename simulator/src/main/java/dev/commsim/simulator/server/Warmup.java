package dev.commsim.simulator.server;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Loads, on a second thread, the classes the first request will need (Undertow, XNIO, Jackson,
 * SHA-256 for channel phones) while the main thread parses the command line and builds the world.
 * Startup is mostly class loading; on two cores, doing it in parallel brings the first answer sooner.
 */
final class Warmup {
    private Warmup() {
    }

    static void begin() {
        Thread thread = new Thread(Warmup::run, "commsim-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Class.forName("io.undertow.Undertow");
            Class.forName("org.xnio.nio.NioXnio");
            Class.forName("io.undertow.server.RoutingHandler");
            Class.forName("io.undertow.server.protocol.http.HttpOpenListener");
            JsonRequest.parse("{\"warm\":[\"up\"]}".getBytes(StandardCharsets.UTF_8));
            Json.bytes(Json.object().put("warm", true).set("up", Json.array().add(1)));
            MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        } catch (ClassNotFoundException | NoSuchAlgorithmException e) {
            // Only a head start: whatever is missing loads on first use as usual.
        }
    }
}
