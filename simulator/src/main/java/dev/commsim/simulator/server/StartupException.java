package dev.commsim.simulator.server;

/**
 * The simulator cannot start as asked (a bad scenario or state file, an address it cannot listen on): one line
 * for the person starting it.
 */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }
}
