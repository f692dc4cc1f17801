package dev.commsim.bench;

import dev.commsim.simulator.world.CreatedGroup;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.World;
import dev.commsim.simulator.world.WorldSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a fresh JVM by the bench: loads 1000 communities x 10 linked groups x 100 members into one
 * world and prints the heap used after full collections, before and after. Each community has its own
 * admin, who creates its ten groups with 99 other people each; groups do not share members, so a
 * community holds 991 people and the world about 991,000, all within the default limits.
 */
public final class MemoryProbe {
    static final int COMMUNITIES = 1000;
    static final int GROUPS = 10;
    static final int MEMBERS = 100;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        long started = System.nanoTime();
        World world = new World(WorldSettings.defaults(), 11, SimClock.system());
        int next = 0;
        String firstCommunity = null;
        for (int c = 0; c < COMMUNITIES; c++) {
            String admin = LinkCost.phone(4, c);
            String communityId = LinkCost.ok(world.createCommunity(admin, "Community " + c, "")).id();
            firstCommunity = c == 0 ? communityId : firstCommunity;
            for (int g = 0; g < GROUPS; g++) {
                List<String> participants = new ArrayList<>(MEMBERS - 1);
                for (int m = 1; m < MEMBERS; m++) {
                    participants.add(LinkCost.phone(3, next++));
                }
                CreatedGroup group = LinkCost.ok(world.createGroup(admin, "Group " + c + "-" + g, participants));
                LinkCost.ok(world.link(admin, communityId, group.group().id()));
            }
        }
        long buildNanos = System.nanoTime() - started;
        long used = usedAfterGc(memory);
        int members = LinkCost.ok(world.community(LinkCost.phone(4, 0), firstCommunity))
                .announcement().participants().size();
        System.out.println("MEMORY used=" + used + " baseline=" + baseline + " buildMillis=" + buildNanos / 1_000_000
                + " communityMembers=" + members);
        java.lang.ref.Reference.reachabilityFence(world);
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
