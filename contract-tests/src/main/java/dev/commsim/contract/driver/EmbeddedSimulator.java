package dev.commsim.contract.driver;

import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Roster;
import dev.commsim.contract.model.Settings;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;

/** An in-process simulator on a free loopback port with a Whapi driver in front of it. */
public final class EmbeddedSimulator implements AutoCloseable {

    private final Simulator simulator;
    private final Target<Step, Settings> driver;

    private EmbeddedSimulator(Simulator simulator, Target<Step, Settings> driver) {
        this.simulator = simulator;
        this.driver = driver;
    }

    /** A simulator whose settings the driver sets to the model's at every reset. */
    public static EmbeddedSimulator whapi(Roster roster, String transport) {
        return start(SimulatorSettings.defaults(), roster, transport, true, Dialect.WHAPI);
    }

    /** The same, driven through the Z-API dialect. */
    public static EmbeddedSimulator of(Dialect dialect, Roster roster, String transport) {
        return start(SimulatorSettings.defaults(), roster, transport, true, dialect);
    }

    /**
     * A simulator started with the given settings and left so: how a deviation is planted (the model
     * expects its own settings, the target runs with these).
     */
    public static EmbeddedSimulator whapiAsConfigured(Settings settings, Roster roster) {
        return asConfigured(Dialect.WHAPI, settings, roster);
    }

    public static EmbeddedSimulator asConfigured(Dialect dialect, Settings settings, Roster roster) {
        SimulatorSettings configured = SimulatorSettings.defaults()
                .withMaxCommunityMembers(settings.maxCommunityMembers())
                .withMaxLinkedGroups(settings.maxLinkedGroups())
                .withMaxGroupSize(settings.maxGroupSize())
                .withUnlinkPolicy(settings.unlinkPolicy().wire());
        return start(configured, roster, "jdk", false, dialect);
    }

    private static EmbeddedSimulator start(SimulatorSettings settings, Roster roster, String transport, boolean push,
                                           Dialect dialect) {
        Simulator simulator = Simulator.start(settings.withPort(0));
        String base = simulator.baseUrl();
        Transport http = Transport.named(transport, base);
        Phonebook book = Phonebook.forSimulator(roster);
        return new EmbeddedSimulator(simulator, dialect == Dialect.ZAPI ? ZapiDriver.forSimulator(base, http, book, push)
                : WhapiDriver.forSimulator(base, http, book, push));
    }

    public Target<Step, Settings> driver() {
        return driver;
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    @Override
    public void close() {
        driver.close();
        simulator.close();
    }
}
