package dev.commsim.simulator.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Undertow's and XNIO's INFO lines (version banners, "starting server", "stopping server") out of the
 * output of whoever runs a simulator: a test run, the contract kit, the command line, which prints its own
 * line saying where it listens. Warnings and errors still show. A level the user configured (a JUL
 * {@code logging.properties}) is left alone; with another logging backend behind JBoss Logging, that
 * backend's configuration decides.
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
