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
        Object held = groupsByPhone.get(phone);
        if (held == null) {
            groupsByPhone.put(phone, group);
        } else if (held instanceof Group one) {
            groupsByPhone.put(phone, new Group[] {one, group});
        } else if (held instanceof Group[] few) {
            if (few.length < SMALL) {
                Group[] more = Arrays.copyOf(few, few.length + 1);
                more[few.length] = group;
                groupsByPhone.put(phone, more);
            } else {
                Set<Group> many = new LinkedHashSet<>(Arrays.asList(few));
                many.add(group);
                groupsByPhone.put(phone, many);
            }
        } else {
            many(held).add(group);
        }
    }

    void remove(String phone, Group group) {
        Object held = groupsByPhone.get(phone);
        if (held == group) {
            groupsByPhone.remove(phone);
        } else if (held instanceof Group[] few) {
            int at = Arrays.asList(few).indexOf(group);
            if (at >= 0) {
                Group[] fewer = new Group[few.length - 1];
                System.arraycopy(few, 0, fewer, 0, at);
                System.arraycopy(few, at + 1, fewer, at, fewer.length - at);
                groupsByPhone.put(phone, fewer.length == 1 ? fewer[0] : fewer);
            }
        } else if (held instanceof Set<?>) {
            Set<Group> many = many(held);
            many.remove(group);
            if (many.isEmpty()) {
                groupsByPhone.remove(phone);
            }
        }
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
