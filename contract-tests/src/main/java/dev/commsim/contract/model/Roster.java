package dev.commsim.contract.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people of a program, by handle. Actors have a channel and can send requests; the others are
 * only phone numbers to add. {@code offline} people are not on WhatsApp (the simulator's rule: a
 * number ending in 0000).
 */
public record Roster(List<String> actors, List<String> others, Set<String> offline) {

    public Roster {
        actors = List.copyOf(actors);
        others = List.copyOf(others);
        offline = Set.copyOf(offline);
    }

    /** Four actors, twelve more people and one number not on WhatsApp: enough to pass small limits. */
    public static Roster standard() {
        List<String> others = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            others.add("u" + i);
        }
        others.add("nowa");
        return new Roster(List.of("alice", "bob", "carol", "dave"), others, Set.of("nowa"));
    }

    public List<String> everyone() {
        List<String> all = new ArrayList<>(actors);
        all.addAll(others);
        return all;
    }

    public boolean onWhatsApp(String person) {
        return !offline.contains(person);
    }
}
