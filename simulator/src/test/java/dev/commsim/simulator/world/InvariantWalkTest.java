package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.Phones;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * I1-I6 after every command of a seeded walk of random commands by a few people over two communities,
 * under small limits so that refusals are frequent: each refusal must leave the world as it was, and the
 * listings (read through the index by participant) must agree with a scan of every group.
 */
class InvariantWalkTest {
    private static final List<String> PEOPLE = List.of(Phones.ALICE, Phones.BOB, Phones.CAROL,
            Phones.DAVE, Phones.ERIN, Phones.FRANK, Phones.NOT_ON_WHATSAPP);
    private static final int STEPS = 400;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyCommandKeepsTheInvariantsAndEveryRefusalChangesNothing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WorldScene scene = new WorldScene();
        UnlinkPolicy policy = UnlinkPolicy.values()[random.nextInt(2) == 0 ? 0 : 2];
        scene.settings(new WorldSettings(5, 2, 4, policy, false));
        World world = scene.world;
        String one = scene.community(Phones.ALICE, "One");
        String two = scene.community(Phones.BOB, "Two");
        List<String> communities = List.of(one, two);
        Map<String, String> announcements = Map.of(one, scene.announcementOf(Phones.ALICE, one),
                two, scene.announcementOf(Phones.BOB, two));
        List<String> groups = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < STEPS; step++) {
            String caller = pick(random, PEOPLE);
            String community = pick(random, communities);
            String group = groups.isEmpty() ? community : pick(random, groups);
            List<String> phones = List.of(pick(random, PEOPLE), pick(random, PEOPLE));
            String announcement = announcements.get(community);
            String name = "G" + step;
            WorldSnapshot before = world.snapshot();
            Outcome<?> outcome = switch (random.nextInt(14)) {
                case 0 -> world.createGroup(caller, name, phones);
                case 1 -> world.link(caller, community, group);
                case 2 -> world.unlink(caller, community, group,
                        random.nextBoolean() ? UnlinkGuard.ANY_GROUP : UnlinkGuard.KEEP_LAST_GROUP);
                case 3 -> world.addParticipants(caller, group, phones, ParentReach.AS_GROUP);
                case 4 -> world.removeParticipants(caller, group, phones, ParentReach.AS_GROUP);
                case 5 -> world.leaveGroup(caller, random.nextBoolean() ? group : announcement, ParentReach.AS_GROUP);
                case 6 -> world.addCommunityMembers(caller, community, phones);
                case 7 -> world.removeCommunityMembers(caller, community, phones);
                case 8 -> world.promoteCommunityAdmins(caller, community, phones);
                case 9 -> world.demoteCommunityAdmins(caller, community, phones);
                case 10 -> world.promote(caller, group, phones, BatchMode.ALL_OR_NOTHING, ParentReach.AS_GROUP);
                case 11 -> world.createLinkedGroup(caller, community, name, phones);
                case 12 -> world.groupSettings(caller, group, Map.of(GroupSetting.ANNOUNCEMENTS_ONLY, random.nextBoolean()), ParentReach.AS_GROUP);
                default -> world.send(caller, SendTarget.group(group), "hi", SendMode.REFUSE_AT_ONCE,
                        MessageIdStyle.WHAPI);
            };
            if (outcome instanceof Outcome.Refused<?>) {
                refused++;
                assertThat(world.snapshot()).as("step %d: a refusal changes nothing (I6)", step).isEqualTo(before);
            } else if (outcome instanceof Outcome.Ok<?> ok && ok.value() instanceof CreatedGroup created) {
                groups.add(created.group().id());
            }
            scene.checkInvariants();
            listingsMatchAScan(world);
        }
        assertThat(refused).as("the walk meets refusals").isBetween(STEPS / 10, STEPS - STEPS / 10);
    }

    /** The index by participant answers what a scan of every group would. */
    private static void listingsMatchAScan(World world) {
        WorldSnapshot snapshot = world.snapshot();
        for (String phone : PEOPLE) {
            assertThat(world.groups(phone, ParentReach.AS_GROUP)).extracting(GroupView::id)
                    .containsExactlyInAnyOrderElementsOf(snapshot.groups().stream()
                            .filter(group -> group.has(phone)).map(WorldSnapshot.GroupSnapshot::id).toList());
            assertThat(world.communities(phone)).extracting(CommunityView::id)
                    .containsExactlyInAnyOrderElementsOf(snapshot.groups().stream()
                            .filter(group -> group.kind() == GroupKind.COMMUNITY_ANNOUNCEMENT && group.has(phone))
                            .map(WorldSnapshot.GroupSnapshot::linkedParent).toList());
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
