package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.Reason;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldImage;

/** Snapshots of one world through the state JSON format. */
final class WorldSnapshots implements Snapshots {
    private final World world;

    WorldSnapshots(World world) {
        this.world = world;
    }

    @Override
    public JsonNode export() {
        return StateJson.state(world.snapshot());
    }

    @Override
    public Outcome<LoadSummary> load(JsonNode document) {
        ImageJson.Read read = ImageJson.read(document);
        if (read.problem() != null) {
            return Outcome.refused(Reason.INVALID_INPUT, read.problem());
        }
        WorldImage image = read.image();
        return world.load(image).map(done -> new LoadSummary(image.channels().size(),
                world.snapshot().groups().size(), image.communities().size(), image.messages().size()));
    }
}
