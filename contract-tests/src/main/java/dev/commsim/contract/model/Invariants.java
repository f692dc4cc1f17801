package dev.commsim.contract.model;

import dev.commsim.contract.actions.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** I1-I5 of rules.md, checked on a world read back from a target (I6 is the runner's comparison). */
public final class Invariants {

    private Invariants() {
    }

    public static List<String> check(WorldView world, Settings settings) {
        List<String> violations = new ArrayList<>();
        world.communities().forEach((c, community) -> {
            WorldView.GroupView parent = world.groups().get(c);
            WorldView.GroupView announcement = world.groups().get(Step.announcement(c));
            if (parent == null || announcement == null) {
                violations.add("I1 community " + c + " lacks its parent or announcement group");
                return;
            }
            if (!c.equals(announcement.linkedParent()) || !announcement.announcementsOnly()
                    || announcement.kind() != Kind.COMMUNITY_ANNOUNCEMENT
                    || !announcement.subject().equals(parent.subject())) {
                violations.add("I1 announcement group of " + c + " is " + announcement);
            }
            if (community.linkedGroups().size() > settings.maxLinkedGroups()) {
                violations.add("I2 " + c + " has " + community.linkedGroups().size() + " linked groups");
            }
            Set<String> members = announcement.participants().keySet();
            Set<String> required = new HashSet<>(community.admins());
            for (String linked : community.linkedGroups()) {
                WorldView.GroupView group = world.groups().get(linked);
                if (group != null) {
                    required.addAll(group.participants().keySet());
                }
            }
            if (settings.unlinkPolicy() != UnlinkPolicy.ALL && !members.containsAll(required)) {
                Set<String> missing = new HashSet<>(required);
                missing.removeAll(members);
                violations.add("I3 members of " + c + "/Y lack " + new java.util.TreeSet<>(missing));
            }
            if (members.size() > settings.maxCommunityMembers()) {
                violations.add("I4 " + c + "/Y has " + members.size() + " members");
            }
            if (!parent.participants().keySet().equals(community.admins())) {
                violations.add("I5 participants of " + c + " are " + parent.participants().keySet()
                        + ", admins are " + community.admins());
            }
        });
        for (Map.Entry<String, WorldView.GroupView> entry : world.groups().entrySet()) {
            WorldView.GroupView group = entry.getValue();
            if (group.kind() == Kind.ORDINARY && group.participants().size() > settings.maxGroupSize()) {
                violations.add("I4 " + entry.getKey() + " has " + group.participants().size() + " participants");
            }
            String parent = group.linkedParent();
            if (parent != null && group.kind() == Kind.ORDINARY) {
                WorldView.CommunityView community = world.communities().get(parent);
                if (community == null || !community.linkedGroups().contains(entry.getKey())) {
                    violations.add("I2 " + entry.getKey() + " points at " + parent + " which does not list it");
                }
            }
            if (parent != null && group.kind() == Kind.COMMUNITY_PARENT) {
                violations.add("I2 parent group " + entry.getKey() + " is linked to " + parent);
            }
        }
        world.communities().forEach((c, community) -> {
            for (String linked : community.linkedGroups()) {
                WorldView.GroupView group = world.groups().get(linked);
                if (group != null && (group.kind() != Kind.ORDINARY || !c.equals(group.linkedParent()))) {
                    violations.add("I2 " + c + " lists " + linked + " which is " + group.kind() + " linked to "
                            + group.linkedParent());
                }
            }
        });
        return violations;
    }
}
