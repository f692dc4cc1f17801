package dev.commsim.simulator.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Undertow's and XNIO's INFO lines (version banners, "starting server", "stopping server") out of the
 * output of whoever runs a simulator: a test run, the contract kit, the command line, which prints its own
 * line saying where it listens. Warnings and errors still show. A level the user configured (a JUL
 * {@code logging.properties}) is left alone. With {@code commsim-simulator} and another logging backend
 * behind JBoss Logging (Logback, Log4j), that backend's configuration decides; {@code commsim-standalone}
 * always logs through JUL (see {@link #quiet()}).
 */
final class LibraryLogs {
    private static final String[] NOISY = {"io.undertow", "org.xnio", "org.jboss.threads"};

    /** Held: JUL keeps loggers weakly, and a collected logger forgets the level set on it. */
    private static volatile Logger[] quieted;

    private LibraryLogs() {
    }

    static synchronized void quiet() {
        if (quieted != null) {
            return;
        }
        // In commsim-standalone JBoss Logging is relocated under dev.commsim.shaded, and so is the name of the
        // property that picks its backend: pointing our copy at JUL, where the levels below apply, keeps it
        // out of a project's Logback or Log4j and touches nothing of the project's own JBoss Logging.
        if (org.jboss.logging.Logger.class.getName().startsWith("dev.commsim.shaded.")
                && System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        Logger[] loggers = new Logger[NOISY.length];
        for (int i = 0; i < NOISY.length; i++) {
            loggers[i] = Logger.getLogger(NOISY[i]);
            if (loggers[i].getLevel() == null) {
                loggers[i].setLevel(Level.WARNING);
            }
        }
        quieted = loggers;
    }
}
