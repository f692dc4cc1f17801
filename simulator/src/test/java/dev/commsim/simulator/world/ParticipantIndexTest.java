package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The groups of a phone, whether it is in one group, a few or very many. */
class ParticipantIndexTest {
    private final ParticipantIndex index = new ParticipantIndex();

    private static List<Group> groups(int count) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            groups.add(new Group("1203630000000" + (10000 + i), GroupKind.ORDINARY, "G", "1", 0, "code" + i));
        }
        return groups;
    }

    @Test
    void aPhoneGainsAndLosesGroupsThroughEveryShapeOfEntry() {
        List<Group> groups = groups(20);
        for (int count = 1; count <= groups.size(); count++) {
            index.add("1", groups.get(count - 1));
            assertThat(index.groupsOf("1")).containsExactlyInAnyOrderElementsOf(groups.subList(0, count));
        }
        for (int count = groups.size(); count > 0; count--) {
            index.remove("1", groups.get(count - 1));
            assertThat(index.groupsOf("1")).containsExactlyInAnyOrderElementsOf(groups.subList(0, count - 1));
        }
        assertThat(index.groupsOf("2")).isEmpty();
    }

    @Test
    void removingAGroupThePhoneIsNotInChangesNothing() {
        List<Group> groups = groups(3);
        index.add("1", groups.get(0));
        index.add("1", groups.get(1));

        index.remove("1", groups.get(2));
        index.remove("2", groups.get(0));

        assertThat(index.groupsOf("1")).containsExactlyInAnyOrder(groups.get(0), groups.get(1));
    }
}
