package dev.commsim.simulator.server;

import dev.commsim.simulator.control.ControlPlane;
import dev.commsim.simulator.dialect.whapi.WhapiDialect;
import dev.commsim.simulator.dialect.zapi.ZapiDialect;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.World;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.PathHandler;
import java.net.InetSocketAddress;

/**
 * A running simulator: both dialects and the control plane on one port. Embeddable:
 * {@code try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0))) { sim.baseUrl(); }}
 */
public final class Simulator implements AutoCloseable {
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
        PathHandler paths = new PathHandler()
                .addPrefixPath("/_sim", new ControlPlane(world))
                .addPrefixPath("/instances", new ZapiDialect(world))
                .addPrefixPath("/", new WhapiDialect(world));
        Undertow server = Undertow.builder()
                .addHttpListener(settings.port(), settings.host())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, settings.maxBodyBytes())
                .setHandler(new BlockingHandler(paths))
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
