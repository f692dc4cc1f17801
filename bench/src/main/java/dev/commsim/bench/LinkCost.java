package dev.commsim.bench;

import dev.commsim.simulator.world.CreatedGroup;
import dev.commsim.simulator.world.Outcome;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.UnlinkGuard;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * In-process cost of {@code World.link} and {@code World.unlink}: a community of C members (the admin
 * plus C-1 direct members) and a separate group of G members (the admin plus G-1 people not yet in the
 * community), linked then unlinked again and again. With the default "orphans" policy the unlink sends
 * the G-1 newcomers back out, so every cycle starts from the same state. The member limit is raised to
 * C+G so the 2000-member community can take the 1024-member group.
 */
final class LinkCost {
    static final int[] GROUP_SIZES = {10, 100, 1024};
    static final int[] COMMUNITY_SIZES = {50, 500, 2000};
    private static final String ADMIN = "15551230001";

    record Cell(int groupSize, int communitySize, Samples link, Samples unlink) {
    }

    private LinkCost() {
    }

    static List<Cell> measure(int warmup, int repetitions) {
        List<Cell> cells = new ArrayList<>();
        // A first full pass warms the JIT for every size before anything is kept.
        for (int groupSize : GROUP_SIZES) {
            for (int communitySize : COMMUNITY_SIZES) {
                cell(groupSize, communitySize, warmup, Math.max(1, warmup / 4));
            }
        }
        for (int groupSize : GROUP_SIZES) {
            for (int communitySize : COMMUNITY_SIZES) {
                cells.add(cell(groupSize, communitySize, warmup, repetitions));
            }
        }
        return cells;
    }

    static Cell cell(int groupSize, int communitySize, int warmup, int repetitions) {
        WorldSettings settings = WorldSettings.defaults().withMaxCommunityMembers(communitySize + groupSize);
        World world = new World(settings, 7, SimClock.system());
        String communityId = ok(world.createCommunity(ADMIN, "Bench community", "")).id();
        List<String> members = new ArrayList<>();
        for (int i = 1; i < communitySize; i++) {
            members.add(phone(1, i));
        }
        ok(world.addCommunityMembers(ADMIN, communityId, members));
        List<String> participants = new ArrayList<>();
        for (int i = 1; i < groupSize; i++) {
            participants.add(phone(2, i));
        }
        CreatedGroup group = ok(world.createGroup(ADMIN, "Bench group", participants));
        String groupId = group.group().id();
        if (group.group().participants().size() != groupSize
                || ok(world.community(ADMIN, communityId)).announcement().participants().size() != communitySize) {
            throw new IllegalStateException("fixture has the wrong sizes");
        }
        long[] link = new long[repetitions];
        long[] unlink = new long[repetitions];
        for (int i = -warmup; i < repetitions; i++) {
            long t0 = System.nanoTime();
            Outcome<?> linked = world.link(ADMIN, communityId, groupId);
            long t1 = System.nanoTime();
            Outcome<?> unlinked = world.unlink(ADMIN, communityId, groupId, UnlinkGuard.ANY_GROUP);
            long t2 = System.nanoTime();
            if (!linked.isOk() || !unlinked.isOk()) {
                throw new IllegalStateException("link/unlink refused: " + linked + " " + unlinked);
            }
            if (i >= 0) {
                link[i] = t1 - t0;
                unlink[i] = t2 - t1;
            }
        }
        if (ok(world.community(ADMIN, communityId)).announcement().participants().size() != communitySize) {
            throw new IllegalStateException("unlink did not restore the community");
        }
        return new Cell(groupSize, communitySize, Samples.of(link), Samples.of(unlink));
    }

    static <T> T ok(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + outcome);
    }

    /** 12 digits, unique per (set, n), never ending in 0000. */
    static String phone(int set, int n) {
        return String.format("1%02d%05d%04d", set, n / 9999, n % 9999 + 1);
    }
}
