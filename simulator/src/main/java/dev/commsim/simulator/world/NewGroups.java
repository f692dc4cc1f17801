package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R10 create, in two steps so that a community can judge a new group before it exists (R3). */
final class NewGroups {
    private final WorldState state;

    NewGroups(WorldState state) {
        this.state = state;
    }

    /** Who a new group would hold: the requested numbers that can join, and those that cannot. */
    record Plan(List<String> added, List<String> unprocessed) {
    }

    Outcome<Plan> plan(String caller, String subject, List<String> phones) {
        InputProblem problem = Texts.infoProblem(subject, true, null);
        if (problem != null) {
            return Outcome.invalid(problem);
        }
        Set<String> others = new LinkedHashSet<>(phones);
        others.remove(caller);
        if (others.isEmpty()) {
            return Outcome.invalid(new InputProblem(InputProblem.Field.PARTICIPANTS,
                    "must name someone other than the caller"));
        }
        List<String> added = new ArrayList<>();
        List<String> unprocessed = new ArrayList<>();
        for (String phone : others) {
            boolean fits = added.size() + 1 < state.settings.maxGroupSize();
            if (WorldState.onWhatsApp(phone) && fits) {
                added.add(phone);
            } else {
                unprocessed.add(phone);
            }
        }
        return Outcome.ok(new Plan(List.copyOf(added), List.copyOf(unprocessed)));
    }

    /** Makes the planned group: the caller is its creator, the others members. */
    CreatedGroup make(String caller, String subject, Plan plan) {
        Group group = state.newGroup(GroupKind.ORDINARY, subject, caller);
        group.participants.put(caller, Rank.CREATOR);
        for (String phone : plan.added()) {
            group.participants.put(phone, Rank.MEMBER);
        }
        state.event(WorldEvent.Type.GROUP_CREATED, group, List.copyOf(group.participants.phones()), caller,
                WorldEvent.CREATED);
        return new CreatedGroup(GroupView.of(group), plan.unprocessed());
    }
}
