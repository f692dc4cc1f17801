package dev.commsim.bench;

import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.ParentReach;
import dev.commsim.simulator.world.World;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a caller's listings cost as the world grows around it: an embedded simulator holds W groups, the
 * caller is in four of them (a community's parent and announcement group, a linked group, an ordinary
 * group), the other W-4 belong to other people. Each listing is asked over one keep-alive connection, and
 * {@code World.groups} in process; with groups indexed by participant the cost follows the caller's four
 * groups, not W.
 */
final class ListCost {
    static final int[] WORLD_SIZES = {1_000, 10_000, 100_000};
    static final List<String> PATHS = List.of("/groups", "/chats", "/communities");
    private static final String CALLER = "15557770001";
    private static final String TOKEN = "bench-lister";
    private static final String OTHERS = "15558880001";
    /** Held here: JUL keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger[] QUIET = {Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio")};

    /** The timings of one world size: per path over HTTP, and World.groups in process. */
    record Cell(int worldSize, List<Samples> http, Samples inProcess) {
    }

    /** One world size being measured: its simulator, a keep-alive connection to it, and the timings so far. */
    private static final class Sized implements AutoCloseable {
        final int worldSize;
        final Simulator simulator;
        final HttpConnection connection;
        final List<byte[]> requests = new ArrayList<>();
        final long[][] nanos;

        Sized(int worldSize, int repetitions) {
            this.worldSize = worldSize;
            this.simulator = Simulator.start(SimulatorSettings.defaults().withPort(0));
            fill(simulator.world(), worldSize);
            this.connection = new HttpConnection("127.0.0.1", simulator.port(), 10_000);
            for (String path : PATHS) {
                requests.add(HttpConnection.encode("GET", path, "127.0.0.1:" + simulator.port(), TOKEN, null));
            }
            this.nanos = new long[PATHS.size() + 1][repetitions];
        }

        /** One request of each listing and one in-process read; kept at {@code round} unless warming up. */
        void measure(int round) throws IOException {
            for (int p = 0; p < requests.size(); p++) {
                long started = System.nanoTime();
                HttpConnection.Response response = connection.send(requests.get(p), false);
                long took = System.nanoTime() - started;
                if (response.status() != 200) {
                    throw new IllegalStateException("GET " + PATHS.get(p) + " answered " + response.status());
                }
                if (round >= 0) {
                    nanos[p][round] = took;
                }
            }
            long started = System.nanoTime();
            int listed = simulator.world().groups(CALLER, ParentReach.AS_GROUP).size();
            long took = System.nanoTime() - started;
            if (listed != 4) {
                throw new IllegalStateException("the caller lists " + listed + " groups, not 4");
            }
            if (round >= 0) {
                nanos[PATHS.size()][round] = took;
            }
        }

        Cell cell() {
            List<Samples> http = new ArrayList<>();
            for (int p = 0; p < PATHS.size(); p++) {
                http.add(Samples.of(nanos[p]));
            }
            return new Cell(worldSize, http, Samples.of(nanos[PATHS.size()]));
        }

        @Override
        public void close() throws IOException {
            connection.close();
            simulator.close();
        }
    }

    private ListCost() {
    }

    /**
     * Every world size is built first, then measured in rounds that visit each size in turn, so that a
     * machine busy with something else slows every size alike: the sizes are each other's peers.
     */
    static List<Cell> measure(int warmup, int repetitions) throws IOException {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        List<Sized> sizes = new ArrayList<>();
        try {
            for (int size : WORLD_SIZES) {
                sizes.add(new Sized(size, repetitions));
            }
            for (int round = -warmup; round < repetitions; round++) {
                for (Sized sized : sizes) {
                    sized.measure(round);
                }
            }
            return sizes.stream().map(Sized::cell).toList();
        } finally {
            for (Sized sized : sizes) {
                sized.close();
            }
        }
    }

    /** The caller's four groups, then other people's groups up to {@code worldSize} in all. */
    private static void fill(World world, int worldSize) {
        world.declareChannel(Dialect.WHAPI, TOKEN, CALLER, null);
        String community = LinkCost.ok(world.createCommunity(CALLER, "Caller's community", "")).id();
        String linked = LinkCost.ok(world.createGroup(CALLER, "Linked", List.of(LinkCost.phone(5, 0)))).group().id();
        LinkCost.ok(world.link(CALLER, community, linked));
        LinkCost.ok(world.createGroup(CALLER, "Own", List.of(LinkCost.phone(5, 1))));
        for (int i = 4; i < worldSize; i++) {
            LinkCost.ok(world.createGroup(OTHERS, "Other " + i, List.of(LinkCost.phone(6, i))));
        }
    }
}
