package dev.commsim.simulator.server;

import dev.commsim.simulator.dialect.whapi.WhapiDialect;
import dev.commsim.simulator.dialect.zapi.ZapiDialect;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.http.JsonRequest;
import io.undertow.util.DateUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;

/**
 * Loads, on a second thread, the classes the server and the first request will need (Undertow, XNIO,
 * Jackson, SHA-256 for channel phones) while the main thread parses the command line and builds the world.
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

    /**
     * The classes the server's start and first requests load (recorded from a class-load log of a cold
     * start by {@code simulator/src/build/record-warmup-classes.sh} into
     * {@code META-INF/commsim/warmup-classes.txt}). A stale list only costs speed: names that no longer
     * exist are skipped.
     */
    private static void preloadFirstRequestClasses() {
        if (!Boolean.parseBoolean(System.getProperty("commsim.warmup.preload", "true"))) {
            return; // recording a new list: it must hold what the server loads, not what the old list did
        }
        ClassLoader loader = Warmup.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("META-INF/commsim/warmup-classes.txt")) {
            if (in == null) {
                return;
            }
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                try {
                    Class.forName(name.trim(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // gone or not loadable here: the first request will load what it needs
                }
            }
        } catch (IOException e) {
            // no list, no head start
        }
    }

    private static void run() {
        // Before XNIO's classes initialise: their banners are INFO lines, and formatting the first log line
        // costs ~20 ms of date and locale classes. Done here, off the main thread.
        LibraryLogs.quiet();
        try {
            WhapiDialect.linkRoutes();
            ZapiDialect.linkRoutes();
            Class.forName("io.undertow.Undertow");
            Class.forName("org.xnio.nio.NioXnio");
            Class.forName("io.undertow.server.RoutingHandler");
            Class.forName("io.undertow.server.protocol.http.HttpOpenListener");
            preloadFirstRequestClasses();
            JsonRequest.parse("{\"warm\":[\"up\"]}".getBytes(StandardCharsets.UTF_8));
            Json.bytes(Json.object().put("warm", true).set("up", Json.array().add(1)));
            MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
            // Every answer carries a Date header: the first one formats a date (~30 ms of calendar classes).
            DateUtils.toDateString(new Date());
        } catch (ClassNotFoundException | NoSuchAlgorithmException e) {
            // Only a head start: whatever is missing loads on first use as usual.
        }
    }
}
