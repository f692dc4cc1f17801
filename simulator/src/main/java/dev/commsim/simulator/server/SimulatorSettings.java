package dev.commsim.simulator.server;

import dev.commsim.simulator.world.UnlinkPolicy;
import dev.commsim.simulator.world.WorldSettings;

/**
 * How a simulator starts: where it listens, the world's settings, the id seed and the body size
 * limit. Port 0 picks a free port.
 */
public record SimulatorSettings(String host, int port, WorldSettings world, long seed, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public static SimulatorSettings defaults() {
        return new SimulatorSettings("127.0.0.1", 8080, WorldSettings.defaults(), 1L, DEFAULT_MAX_BODY_BYTES);
    }

    public SimulatorSettings withHost(String value) {
        return new SimulatorSettings(value, port, world, seed, maxBodyBytes);
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(host, value, world, seed, maxBodyBytes);
    }

    public SimulatorSettings withWorld(WorldSettings value) {
        return new SimulatorSettings(host, port, value, seed, maxBodyBytes);
    }

    public SimulatorSettings withSeed(long value) {
        return new SimulatorSettings(host, port, world, value, maxBodyBytes);
    }

    public SimulatorSettings withMaxBodyBytes(long value) {
        return new SimulatorSettings(host, port, world, seed, value);
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
