package dev.commsim.simulator.world;

import java.util.List;

/** A new group and the requested numbers that were not added to it. */
public record CreatedGroup(GroupView group, List<String> unprocessed) {
}
