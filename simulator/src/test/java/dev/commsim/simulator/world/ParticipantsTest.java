package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A participants hands out one participant list until they change, and what is derived from a list stays with it. */
class ParticipantsTest {
    private static final Function<ParticipantList, String> PHONES = list -> String.join(",",
            list.stream().map(p -> p.phone() + ":" + p.rank()).toList());

    @Test
    void theSameListUntilTheParticipantsChange() {
        Participants participants = new Participants(null);
        participants.put("1", Rank.CREATOR);
        participants.put("2", Rank.MEMBER);
        ParticipantList first = participants.list();

        assertThat(participants.list()).isSameAs(first);
        participants.put("2", Rank.MEMBER);
        participants.putIfAbsent("1", Rank.MEMBER);
        participants.remove("3");
        assertThat(participants.list()).as("no change, no new list").isSameAs(first);

        participants.put("2", Rank.ADMIN);
        ParticipantList promoted = participants.list();
        assertThat(promoted).isNotSameAs(first)
                .containsExactly(new Participant("1", Rank.CREATOR), new Participant("2", Rank.ADMIN));
        assertThat(promoted.rankOf("2")).isEqualTo(Rank.ADMIN);
        assertThat(promoted.rankOf("9")).isNull();
        assertThat(first).as("a list handed out never changes")
                .containsExactly(new Participant("1", Rank.CREATOR), new Participant("2", Rank.MEMBER));

        participants.putIfAbsent("3", Rank.MEMBER);
        assertThat(participants.list()).extracting(Participant::phone).containsExactly("1", "2", "3");
        participants.remove("1");
        assertThat(participants.list()).extracting(Participant::phone).containsExactly("2", "3");
    }

    @Test
    void aDerivedValueIsComputedOncePerListAndDerivation() {
        Participants participants = new Participants(null);
        participants.put("1", Rank.CREATOR);
        int[] calls = {0};
        Function<ParticipantList, String> counted = list -> {
            calls[0]++;
            return PHONES.apply(list);
        };
        ParticipantList list = participants.list();

        assertThat(list.derived(counted)).isEqualTo("1:CREATOR");
        assertThat(list.derived(counted)).isEqualTo("1:CREATOR");
        assertThat(list.derived(PHONES)).isEqualTo("1:CREATOR");
        assertThat(calls[0]).isEqualTo(1);

        participants.put("2", Rank.MEMBER);
        assertThat(participants.list().derived(counted)).isEqualTo("1:CREATOR,2:MEMBER");
        assertThat(calls[0]).isEqualTo(2);
        assertThat(List.copyOf(list)).hasSize(1);
    }

    @Test
    void phonesExceptOneAreAViewInOrder() {
        Participants participants = new Participants(null);
        for (String phone : List.of("1", "2", "3", "4")) {
            participants.put(phone, Rank.MEMBER);
        }
        ParticipantList list = participants.list();

        assertThat(list.phonesExcept("1")).containsExactly("2", "3", "4");
        assertThat(list.phonesExcept("3")).containsExactly("1", "2", "4").hasSize(3);
        assertThat(list.phonesExcept("4")).containsExactly("1", "2", "3");
        assertThat(list.phonesExcept("9")).containsExactly("1", "2", "3", "4");
        assertThat(list.phonesExcept("3")).isEqualTo(List.of("1", "2", "4"));
        participants.remove("2");
        assertThat(list.phonesExcept("3")).as("taken before the change").containsExactly("1", "2", "4");
    }

    @Test
    void manyChangesKeepTheJoinOrderAndEveryLookupAsAMapWould() {
        Participants participants = new Participants(null);
        java.util.Map<String, Rank> reference = new java.util.LinkedHashMap<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int step = 0; step < 20_000; step++) {
            String phone = Integer.toString(1000 + random.nextInt(300));
            Rank rank = Rank.values()[random.nextInt(3)];
            switch (random.nextInt(4)) {
                case 0, 1 -> assertThat(participants.put(phone, rank)).isEqualTo(reference.put(phone, rank));
                case 2 -> assertThat(participants.putIfAbsent(phone, rank)).isEqualTo(reference.putIfAbsent(phone, rank));
                default -> assertThat(participants.remove(phone)).isEqualTo(reference.remove(phone));
            }
            assertThat(participants.size()).isEqualTo(reference.size());
            assertThat(participants.has(phone)).isEqualTo(reference.containsKey(phone));
            assertThat(participants.rankOf(phone)).isEqualTo(reference.get(phone));
        }
        assertThat(participants.phones()).containsExactlyElementsOf(reference.keySet());
        assertThat(participants.list()).extracting(Participant::rank).containsExactlyElementsOf(reference.values());
        assertThat(participants.first()).isEqualTo(reference.keySet().iterator().next());
    }

    @Test
    void theIndexFollowsEveryChangeOnceTheGroupIsInAWorld() {
        Group group = new Group("120363000000000001", GroupKind.ORDINARY, "G", "1", 0, "code");
        ParticipantIndex index = new ParticipantIndex();
        group.participants.put("1", Rank.CREATOR);

        group.participants.indexIn(index);
        group.participants.put("2", Rank.MEMBER);
        group.participants.remove("1");

        assertThat(index.groupsOf("1")).isEmpty();
        assertThat(index.groupsOf("2")).containsExactly(group);
        group.participants.unindex();
        assertThat(index.groupsOf("2")).isEmpty();
    }
}
