package dev.commsim.simulator.server;

import dev.commsim.simulator.world.UnlinkPolicy;
import java.nio.file.Path;
import dev.commsim.simulator.world.WorldSettings;

/**
 * How a simulator starts: where it listens, the world's settings, the id seed, the body size
 * limit, and what it loads: a named scenario and/or a state file (loaded at start when it exists,
 * saved every {@code autosaveSeconds} and on close). Port 0 picks a free port. {@code adminToken}, when
 * set, is demanded by every {@code /_sim/} request (header {@code X-Commsim-Admin-Token}); a host other
 * than a loopback address needs one. {@code logRequests} prints one line per request to standard output.
 * A value out of range is refused here, with a message naming it.
 */
public record SimulatorSettings(String host, int port, WorldSettings world, long seed, long maxBodyBytes,
                                String scenario, Path scenarioDirectory, Path stateFile, int autosaveSeconds,
                                String adminToken, boolean logRequests) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;

    public static SimulatorSettings defaults() {
        return new SimulatorSettings("127.0.0.1", 8080, WorldSettings.defaults(), 1L, DEFAULT_MAX_BODY_BYTES,
                null, null, null, DEFAULT_AUTOSAVE_SECONDS, null, false);
    }

    public SimulatorSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range: 0 to 65535 (0 = any free port)");
        }
        if (world == null) {
            throw new IllegalArgumentException("world settings are required");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be at least 1 byte, not " + maxBodyBytes);
        }
        if (autosaveSeconds < 0) {
            throw new IllegalArgumentException("autosave seconds must be 0 (on shutdown only) or more, not "
                    + autosaveSeconds);
        }
    }

    public SimulatorSettings withHost(String value) {
        return new SimulatorSettings(value, port, world, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(host, value, world, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    public SimulatorSettings withWorld(WorldSettings value) {
        return new SimulatorSettings(host, port, value, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    public SimulatorSettings withSeed(long value) {
        return new SimulatorSettings(host, port, world, value, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    /** A scenario name (bundled, or in the scenario directory) or a path to a scenario file, loaded at start. */
    public SimulatorSettings withScenario(String value) {
        return new SimulatorSettings(host, port, world, seed, maxBodyBytes, value, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    public SimulatorSettings withStateFile(Path value, int everySeconds) {
        return new SimulatorSettings(host, port, world, seed, maxBodyBytes, scenario, scenarioDirectory, value,
                everySeconds, adminToken, logRequests);
    }

    /** The token every {@code /_sim/} request must carry in {@code X-Commsim-Admin-Token}; null: the control plane is open. */
    public SimulatorSettings withAdminToken(String value) {
        return new SimulatorSettings(host, port, world, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, value, logRequests);
    }

    /** One line per request (time, method, path, status, microseconds) on standard output. */
    public SimulatorSettings withLogRequests(boolean value) {
        return new SimulatorSettings(host, port, world, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, value);
    }

    public SimulatorSettings withMaxCommunityMembers(int value) {
        return withWorld(world.withMaxCommunityMembers(value));
    }

    public SimulatorSettings withMaxLinkedGroups(int value) {
        return withWorld(world.withMaxLinkedGroups(value));
    }

    public SimulatorSettings withMaxGroupSize(int value) {
        return withWorld(world.withMaxGroupSize(value));
    }

    /** {@code "orphans"}, {@code "all"} or {@code "none"}. */
    public SimulatorSettings withUnlinkPolicy(String value) {
        return withWorld(world.withUnlinkPolicy(UnlinkPolicy.fromWireName(value)
                .orElseThrow(() -> new IllegalArgumentException("unlink policy must be orphans, all or none"))));
    }

    public SimulatorSettings withStrictAuth(boolean value) {
        return withWorld(world.withStrictAuth(value));
    }
}
