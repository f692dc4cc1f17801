package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.Reason;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldSnapshot;

/** Snapshots of one world through the state JSON format. */
final class WorldSnapshots implements Snapshots {
    private final World world;

    WorldSnapshots(World world) {
        this.world = world;
    }

    @Override
    public JsonNode export() {
        return SnapshotJson.state(world.snapshot());
    }

    @Override
    public Outcome<LoadSummary> load(JsonNode document) {
        SnapshotReader.Read read = SnapshotReader.read(document);
        if (read.problem() != null) {
            return Outcome.refused(Reason.INVALID_INPUT, read.problem());
        }
        WorldSnapshot snapshot = read.snapshot();
        return world.load(snapshot).map(done -> new LoadSummary(snapshot.channels().size(),
                world.snapshot().groups().size(), snapshot.communities().size(), snapshot.messages().size()));
    }
}
