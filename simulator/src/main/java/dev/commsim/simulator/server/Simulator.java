package dev.commsim.simulator.server;

import dev.commsim.simulator.control.ActAsModule;
import dev.commsim.simulator.control.ClockModule;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.control.ControlPlane;
import dev.commsim.simulator.control.MessagesModule;
import dev.commsim.simulator.journal.Journal;
import dev.commsim.simulator.journal.JournalModule;
import dev.commsim.simulator.faults.FaultsModule;
import dev.commsim.simulator.pipeline.RequestPipeline;
import dev.commsim.simulator.dialect.whapi.WhapiDialect;
import dev.commsim.simulator.dialect.zapi.ZapiDialect;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.World;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.PathHandler;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A running simulator: both dialects and the control plane on one port. Embeddable:
 * {@code try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0))) { sim.baseUrl(); }}
 */
public final class Simulator implements AutoCloseable {
    private static final int JOURNAL_CAPACITY = 10_000;
    private final Undertow server;
    private final World world;
    private final String host;
    private final int port;

    private Simulator(Undertow server, World world, String host, int port) {
        this.server = server;
        this.world = world;
        this.host = host;
        this.port = port;
    }

    public static Simulator start(SimulatorSettings settings) {
        World world = new World(settings.world(), settings.seed(), SimClock.system());
        Journal journal = new Journal(JOURNAL_CAPACITY);
        world.addListener(journal.eventListener());
        FaultsModule faults = new FaultsModule(world.clock(), settings.seed());
        List<ControlModule> modules = List.of(
                faults,
                new JournalModule(journal),
                new ClockModule(world.clock()),
                new ActAsModule(world),
                new MessagesModule(world));
        PathHandler paths = new PathHandler()
                .addPrefixPath("/_sim", new ControlPlane(world, modules))
                .addPrefixPath("/instances", new ZapiDialect(world))
                .addPrefixPath("/", new WhapiDialect(world));
        RequestPipeline pipeline = new RequestPipeline(paths, faults.gate(), journal, world.clock());
        Undertow server = Undertow.builder()
                .addHttpListener(settings.port(), settings.host())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, settings.maxBodyBytes())
                .setHandler(new BlockingHandler(pipeline))
                .build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return new Simulator(server, world, settings.host(), port);
    }

    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The world behind the server, for in-process tools (benchmarks); clients use HTTP. */
    public World world() {
        return world;
    }

    @Override
    public void close() {
        server.stop();
    }
}
