package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of each participant, kept in step by {@link Participants}: listing a caller's groups and
 * communities costs what the caller is in, not what the world holds. A phone in one group costs one map
 * entry; in a few, a small array; in many (a bot, an admin of hundreds), a set.
 */
final class ParticipantIndex {
    private static final int SMALL = 8;
    /** Phone to a {@link Group}, a {@code Group[]} of up to {@link #SMALL}, or a {@code Set<Group>}. */
    private final Map<String, Object> groupsByPhone = new HashMap<>();

    void add(String phone, Group group) {
        groupsByPhone.merge(phone, group, (held, added) -> with(held, (Group) added));
    }

    void remove(String phone, Group group) {
        groupsByPhone.computeIfPresent(phone, (key, held) -> without(held, group));
    }

    private static Object with(Object held, Group group) {
        if (held instanceof Group one) {
            return new Group[] {one, group};
        }
        if (held instanceof Group[] few) {
            if (few.length < SMALL) {
                Group[] more = Arrays.copyOf(few, few.length + 1);
                more[few.length] = group;
                return more;
            }
            Set<Group> many = new LinkedHashSet<>(Arrays.asList(few));
            many.add(group);
            return many;
        }
        many(held).add(group);
        return held;
    }

    /** What is left once {@code group} is gone; null when nothing is. */
    private static Object without(Object held, Group group) {
        if (held == group) {
            return null;
        }
        if (held instanceof Group[] few) {
            int at = Arrays.asList(few).indexOf(group);
            if (at < 0) {
                return few;
            }
            if (few.length == 2) {
                return few[1 - at];
            }
            Group[] fewer = new Group[few.length - 1];
            System.arraycopy(few, 0, fewer, 0, at);
            System.arraycopy(few, at + 1, fewer, at, fewer.length - at);
            return fewer;
        }
        if (held instanceof Set<?>) {
            Set<Group> many = many(held);
            many.remove(group);
            return many.isEmpty() ? null : many;
        }
        return held;
    }

    /** The groups holding {@code phone}, in no particular order. */
    Collection<Group> groupsOf(String phone) {
        Object held = groupsByPhone.get(phone);
        if (held == null) {
            return List.of();
        }
        if (held instanceof Group one) {
            return List.of(one);
        }
        if (held instanceof Group[] few) {
            return Arrays.asList(few);
        }
        return new ArrayList<>(many(held));
    }

    void clear() {
        groupsByPhone.clear();
    }

    @SuppressWarnings("unchecked")
    private static Set<Group> many(Object held) {
        return (Set<Group>) held;
    }
}
