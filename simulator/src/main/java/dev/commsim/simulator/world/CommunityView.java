package dev.commsim.simulator.world;

import java.util.List;

/** An immutable copy of a community: its twin groups, linked groups and direct members. */
public record CommunityView(
        GroupView parent,
        GroupView announcement,
        List<GroupView> linkedGroups,
        List<String> directMembers,
        String whoCanAddGroups,
        String memberAddMode) {

    public String id() {
        return parent.id();
    }

    static CommunityView of(Community community, List<GroupView> linkedGroups) {
        return new CommunityView(GroupView.of(community.parent), GroupView.of(community.announcement),
                linkedGroups, List.copyOf(community.directMembers), community.whoCanAddGroups,
                community.memberAddMode);
    }
}
