package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.World;

/**
 * The world as a versioned JSON snapshot, both ways: what {@code GET /_sim/state} shows is what
 * {@code PUT /_sim/state}, scenarios and state files load.
 */
public interface Snapshots {
    JsonNode export();

    /** Loads a snapshot or scenario document; a refusal says what is wrong and changes nothing. */
    Outcome<LoadSummary> load(JsonNode document);

    /** What a load put in the world. */
    record LoadSummary(int channels, int groups, int communities, int messages) {
    }

    static Snapshots of(World world) {
        return new WorldSnapshots(world);
    }
}
