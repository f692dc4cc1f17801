package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A roster hands out one participant list until it changes, and what is derived from a list stays with it. */
class RosterTest {
    private static final Function<ParticipantList, String> PHONES = list -> String.join(",",
            list.stream().map(p -> p.phone() + ":" + p.rank()).toList());

    @Test
    void theSameListUntilTheRosterChanges() {
        Roster roster = new Roster();
        roster.put("1", Rank.CREATOR);
        roster.put("2", Rank.MEMBER);
        ParticipantList first = roster.list();

        assertThat(roster.list()).isSameAs(first);
        roster.put("2", Rank.MEMBER);
        roster.putIfAbsent("1", Rank.MEMBER);
        roster.remove("3");
        assertThat(roster.list()).as("no change, no new list").isSameAs(first);

        roster.put("2", Rank.ADMIN);
        ParticipantList promoted = roster.list();
        assertThat(promoted).isNotSameAs(first)
                .containsExactly(new Participant("1", Rank.CREATOR), new Participant("2", Rank.ADMIN));
        assertThat(promoted.rankOf("2")).isEqualTo(Rank.ADMIN);
        assertThat(promoted.rankOf("9")).isNull();
        assertThat(first).as("a list handed out never changes")
                .containsExactly(new Participant("1", Rank.CREATOR), new Participant("2", Rank.MEMBER));

        roster.putIfAbsent("3", Rank.MEMBER);
        assertThat(roster.list()).extracting(Participant::phone).containsExactly("1", "2", "3");
        roster.remove("1");
        assertThat(roster.list()).extracting(Participant::phone).containsExactly("2", "3");
    }

    @Test
    void aDerivedValueIsComputedOncePerListAndDerivation() {
        Roster roster = new Roster();
        roster.put("1", Rank.CREATOR);
        int[] calls = {0};
        Function<ParticipantList, String> counted = list -> {
            calls[0]++;
            return PHONES.apply(list);
        };
        ParticipantList list = roster.list();

        assertThat(list.derived(counted)).isEqualTo("1:CREATOR");
        assertThat(list.derived(counted)).isEqualTo("1:CREATOR");
        assertThat(list.derived(PHONES)).isEqualTo("1:CREATOR");
        assertThat(calls[0]).isEqualTo(1);

        roster.put("2", Rank.MEMBER);
        assertThat(roster.list().derived(counted)).isEqualTo("1:CREATOR,2:MEMBER");
        assertThat(calls[0]).isEqualTo(2);
        assertThat(List.copyOf(list)).hasSize(1);
    }

    @Test
    void phonesExceptOneAreAViewInOrder() {
        Roster roster = new Roster();
        for (String phone : List.of("1", "2", "3", "4")) {
            roster.put(phone, Rank.MEMBER);
        }
        ParticipantList list = roster.list();

        assertThat(list.phonesExcept("1")).containsExactly("2", "3", "4");
        assertThat(list.phonesExcept("3")).containsExactly("1", "2", "4").hasSize(3);
        assertThat(list.phonesExcept("4")).containsExactly("1", "2", "3");
        assertThat(list.phonesExcept("9")).containsExactly("1", "2", "3", "4");
        assertThat(list.phonesExcept("3")).isEqualTo(List.of("1", "2", "4"));
        roster.remove("2");
        assertThat(list.phonesExcept("3")).as("taken before the change").containsExactly("1", "2", "4");
    }
}
