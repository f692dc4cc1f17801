package dev.commsim.simulator.world;

import java.util.List;

/** The whole world as plain values, for the control plane's state dump. */
public record WorldSnapshot(
        WorldSettings settings,
        List<String> accounts,
        List<Channel> channels,
        List<GroupView> groups,
        List<CommunityState> communities,
        List<Message> messages) {

    /** A community's bookkeeping beside its groups (which appear in {@code groups}). */
    public record CommunityState(
            String id,
            String announcementGroupId,
            List<String> linkedGroups,
            List<String> directMembers,
            List<String> admins,
            String whoCanAddGroups,
            String memberAddMode) {
    }
}
