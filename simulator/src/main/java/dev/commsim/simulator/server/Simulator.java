package dev.commsim.simulator.server;

import dev.commsim.simulator.control.ActAsModule;
import dev.commsim.simulator.control.ChannelsModule;
import dev.commsim.simulator.control.ClockModule;
import dev.commsim.simulator.control.ControlModule;
import dev.commsim.simulator.control.ControlPlane;
import dev.commsim.simulator.control.MessagesModule;
import dev.commsim.simulator.control.SettingsModule;
import dev.commsim.simulator.journal.Journal;
import dev.commsim.simulator.journal.JournalModule;
import dev.commsim.simulator.faults.FaultsModule;
import dev.commsim.simulator.pipeline.RequestPipeline;
import dev.commsim.simulator.dialect.Wires;
import dev.commsim.simulator.dialect.whapi.WhapiDialect;
import dev.commsim.simulator.dialect.whapi.WhapiWire;
import dev.commsim.simulator.dialect.zapi.ZapiDialect;
import dev.commsim.simulator.dialect.zapi.ZapiWire;
import dev.commsim.simulator.world.Dialect;
import dev.commsim.simulator.world.SimClock;
import dev.commsim.simulator.world.World;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.PathHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.snapshot.ScenarioLibrary;
import dev.commsim.simulator.snapshot.SnapshotModule;
import dev.commsim.simulator.snapshot.Snapshots;
import dev.commsim.simulator.snapshot.StateFile;
import dev.commsim.simulator.webhooks.WebhookHub;
import dev.commsim.simulator.webhooks.WebhooksModule;
import dev.commsim.simulator.world.Outcome;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A running simulator: both dialects and the control plane on one port. Embeddable:
 * {@code try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0))) { sim.baseUrl(); }}
 */
public final class Simulator implements AutoCloseable {
    private static final int JOURNAL_CAPACITY = 10_000;
    private final Undertow server;
    private final World world;
    private final StateFile stateFile;
    private final WebhookHub webhooks;
    private final String host;
    private final int port;

    private Simulator(Undertow server, World world, StateFile stateFile, WebhookHub webhooks, String host, int port) {
        this.server = server;
        this.world = world;
        this.stateFile = stateFile;
        this.webhooks = webhooks;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts serving. Refuses (a {@link StartupException}) to bind anything but a loopback address without
     * an admin token: the control plane can rewrite the whole world, so it is never open to a network.
     */
    public static Simulator start(SimulatorSettings settings) {
        LibraryLogs.quiet();
        ControlPlaneExposure.check(settings.host(), settings.adminToken());
        World world = new World(settings.world(), settings.seed(), SimClock.system());
        Snapshots snapshots = Snapshots.of(world);
        ScenarioLibrary scenarios = new ScenarioLibrary(scenarioDirectory(settings));
        if (settings.scenario() != null) {
            loadScenario(settings.scenario(), scenarios, snapshots);
        }
        StateFile stateFile = settings.stateFile() == null ? null
                : opened(StateFile.open(settings.stateFile(), snapshots, settings.autosaveSeconds()));
        Journal journal = new Journal(JOURNAL_CAPACITY);
        world.addListener(journal.eventListener());
        Wires wires = new Wires(List.of(new WhapiWire(), new ZapiWire(settings.seed())));
        WebhookHub webhooks = new WebhookHub(world, wires);
        world.addListener(webhooks);
        FaultsModule faults = new FaultsModule(world.clock(), settings.seed(), wires);
        List<ControlModule> modules = List.of(
                new SettingsModule(world),
                new ChannelsModule(world, wires),
                faults,
                new JournalModule(journal),
                new ClockModule(world.clock()),
                new ActAsModule(world),
                new MessagesModule(world),
                new SnapshotModule(snapshots, scenarios),
                new WebhooksModule(webhooks, world, wires));
        PathHandler paths = new PathHandler()
                .addPrefixPath("/_sim", new ControlPlane(world, modules, settings.adminToken()))
                .addPrefixPath(wires.of(Dialect.ZAPI).mount(), new ZapiDialect(world, webhooks))
                .addPrefixPath(wires.of(Dialect.WHAPI).mount(), new WhapiDialect(world, webhooks));
        HttpHandler pipeline = new RequestPipeline(paths, faults.gate(), journal, world.clock(), wires);
        Undertow server = Undertow.builder()
                .addHttpListener(settings.port(), settings.host())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, settings.maxBodyBytes())
                .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, settings.logRequests())
                .setHandler(settings.logRequests() ? RequestLog.around(pipeline) : pipeline)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            webhooks.close();
            if (stateFile != null) {
                stateFile.discard();
            }
            throw new StartupException(cannotListen(settings, e));
        }
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return new Simulator(server, world, stateFile, webhooks, settings.host(), port);
    }

    /** Why Undertow could not listen, in one line naming the address (its exception is a wrapped BindException). */
    private static String cannotListen(SimulatorSettings settings, RuntimeException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
            return "port " + settings.port() + " on " + settings.host() + " is already in use (by another Commsim?);"
                    + " stop it or choose another port (0 = any free port)";
        }
        return "cannot listen on " + settings.host() + ":" + settings.port() + ": " + cause.getMessage();
    }

    /** The scenarios beside the project ({@code fixtures/scenarios}) when run from its folder. */
    private static Path scenarioDirectory(SimulatorSettings settings) {
        if (settings.scenarioDirectory() != null) {
            return settings.scenarioDirectory();
        }
        Path beside = Path.of("fixtures", "scenarios");
        return Files.isDirectory(beside) ? beside : null;
    }

    /** A scenario named in the library, or a path to a scenario file; a bad one stops the start. */
    private static void loadScenario(String scenario, ScenarioLibrary library, Snapshots snapshots) {
        JsonNode document;
        try {
            Path file = Path.of(scenario);
            if (Files.isRegularFile(file)) {
                document = Json.read(file);
            } else {
                document = library.find(scenario).orElseThrow(() -> new StartupException(
                        "no scenario named '" + scenario + "' and no such file"));
            }
        } catch (IOException e) {
            throw new StartupException("scenario " + scenario + " is not readable JSON: " + e.getMessage());
        }
        Outcome<Snapshots.LoadSummary> loaded = snapshots.load(document);
        if (loaded instanceof Outcome.Refused<Snapshots.LoadSummary> refused) {
            throw new StartupException("scenario " + scenario + " breaks the rules: " + refused.detail());
        }
    }

    private static StateFile opened(Outcome<StateFile> outcome) {
        if (outcome instanceof Outcome.Refused<StateFile> refused) {
            throw new StartupException(refused.detail());
        }
        return ((Outcome.Ok<StateFile>) outcome).value();
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

    /** Stops serving, then saves the state file (if any) one last time. */
    @Override
    public void close() {
        server.stop();
        webhooks.close();
        if (stateFile != null) {
            stateFile.close();
        }
    }
}
