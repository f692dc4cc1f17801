package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.Phones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fresh world on a fixed clock for the world-level rule tests, with set-up steps that fail the test
 * unless they succeed, and the reads and checks those tests share (members, ranks, I1-I5, I6).
 */
final class WorldScene {
    final SimClock clock = new SimClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    final World world = new World(WorldSettings.defaults(), 1, clock);

    /** {@code count} distinct valid numbers, from the {@code from}-th. */
    static List<String> numbered(int from, int count) {
        List<String> phones = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            phones.add(Phones.numbered(i));
        }
        return phones;
    }

    WorldScene settings(WorldSettings settings) {
        world.updateSettings(settings);
        return this;
    }

    /** Moves time on, so that later changes are newer than earlier ones. */
    void tick() {
        clock.advance(Duration.ofSeconds(1));
    }

    // --- set-up steps that must succeed -------------------------------------------------------------

    static <T> T ok(Outcome<T> outcome) {
        assertThat(outcome).as("a set-up step was refused").isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<T>) outcome).value();
    }

    static Reason refusal(Outcome<?> outcome) {
        assertThat(outcome).as("expected a refusal").isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).reason();
    }

    /** A community made by {@code admin}; answers its id (its parent group's id). */
    String community(String admin, String name) {
        return ok(world.createCommunity(admin, name, "")).id();
    }

    String announcementOf(String caller, String communityId) {
        return ok(world.community(caller, communityId)).announcement().id();
    }

    /** An ordinary group made by {@code creator} with {@code others}; answers its id. */
    String group(String creator, String subject, String... others) {
        return ok(world.createGroup(creator, subject, List.of(others))).group().id();
    }

    /** A new group of {@code admin}'s, linked to the community. */
    String linkedGroup(String admin, String communityId, String subject, String... others) {
        String id = group(admin, subject, others);
        ok(world.link(admin, communityId, id));
        return id;
    }

    // --- reads -----------------------------------------------------------------------------------------

    /** Everything the world holds, by group id. */
    Map<String, WorldSnapshot.GroupSnapshot> groups() {
        Map<String, WorldSnapshot.GroupSnapshot> byId = new HashMap<>();
        world.snapshot().groups().forEach(group -> byId.put(group.id(), group));
        return byId;
    }

    WorldSnapshot.GroupSnapshot group(String id) {
        WorldSnapshot.GroupSnapshot group = groups().get(id);
        assertThat(group).as("group " + id).isNotNull();
        return group;
    }

    List<String> participants(String groupId) {
        return group(groupId).participants().stream().map(Participant::phone).toList();
    }

    Rank rank(String groupId, String phone) {
        return group(groupId).participants().stream().filter(p -> p.phone().equals(phone)).map(Participant::rank)
                .findFirst().orElse(null);
    }

    /** The members of a community's announcement group. */
    List<String> members(String communityId) {
        return participants(community(communityId).announcementGroupId());
    }

    WorldSnapshot.CommunitySnapshot community(String communityId) {
        return world.snapshot().communities().stream().filter(c -> c.id().equals(communityId)).findFirst()
                .orElseThrow(() -> new AssertionError("no community " + communityId));
    }

    boolean exists(String groupId) {
        return groups().containsKey(groupId);
    }

    // --- invariants ------------------------------------------------------------------------------------

    /** Rules.md I1, I2, I4 and I5 for every community, and I3 where the unlink policy promises it. */
    void checkInvariants() {
        WorldSnapshot snapshot = world.snapshot();
        Map<String, WorldSnapshot.GroupSnapshot> groups = new HashMap<>();
        snapshot.groups().forEach(group -> groups.put(group.id(), group));
        WorldSettings settings = snapshot.settings();
        Set<String> linkedAnywhere = new HashSet<>();
        for (WorldSnapshot.CommunitySnapshot community : snapshot.communities()) {
            WorldSnapshot.GroupSnapshot parent = groups.get(community.id());
            WorldSnapshot.GroupSnapshot announcement = groups.get(community.announcementGroupId());
            assertThat(announcement.linkedParent()).as("I1 linkedParent").isEqualTo(parent.id());
            assertThat(announcement.announcementsOnly()).as("I1 announcementsOnly").isTrue();
            assertThat(announcement.subject()).as("I1 name").isEqualTo(parent.subject());
            assertThat(community.linkedGroups()).as("I2 limit").hasSizeLessThanOrEqualTo(settings.maxLinkedGroups());
            Set<String> mustBeMembers = new HashSet<>(community.admins());
            for (String linkedId : community.linkedGroups()) {
                WorldSnapshot.GroupSnapshot linked = groups.get(linkedId);
                assertThat(linked.kind()).as("I2 only ordinary groups are linked").isEqualTo(GroupKind.ORDINARY);
                assertThat(linked.linkedParent()).as("I2 one parent").isEqualTo(parent.id());
                assertThat(linkedAnywhere.add(linkedId)).as("I2 linked once").isTrue();
                linked.participants().forEach(p -> mustBeMembers.add(p.phone()));
            }
            List<String> members = announcement.participants().stream().map(Participant::phone).toList();
            if (settings.unlinkPolicy() != UnlinkPolicy.ALL) {
                assertThat(members).as("I3").containsAll(mustBeMembers);
            }
            assertThat(members).as("I4").hasSizeLessThanOrEqualTo(settings.maxCommunityMembers());
            List<String> admins = parent.participants().stream().map(Participant::phone).toList();
            assertThat(admins).as("I5 P holds the admins").containsExactlyInAnyOrderElementsOf(community.admins());
            for (Participant member : announcement.participants()) {
                assertThat(admins.contains(member.phone())).as("I5 admins of Y are P's").isEqualTo(member.rank().isAdmin());
            }
        }
        for (WorldSnapshot.GroupSnapshot group : snapshot.groups()) {
            if (group.kind() == GroupKind.ORDINARY) {
                assertThat(group.participants()).as("I4 group size").hasSizeLessThanOrEqualTo(settings.maxGroupSize());
                if (group.linkedParent() != null) {
                    assertThat(linkedAnywhere).as("I2 a linked group is listed by its community").contains(group.id());
                }
            }
        }
    }

    /** I6: the outcome is a refusal with this reason, and the world is as it was before. */
    <T> void refusedWithoutChange(Reason reason, java.util.function.Supplier<Outcome<T>> command) {
        WorldSnapshot before = world.snapshot();
        assertThat(refusal(command.get())).isEqualTo(reason);
        assertThat(world.snapshot()).as("I6: a refused command changes nothing").isEqualTo(before);
    }

    static List<String> list(String... phones) {
        return Arrays.asList(phones);
    }
}
