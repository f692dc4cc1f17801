package dev.commsim.contract.driver;

import dev.commsim.contract.model.Roster;
import dev.commsim.contract.model.Settings;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;

/** An in-process simulator on a free loopback port with a Whapi driver in front of it. */
public final class EmbeddedSimulator implements AutoCloseable {

    private final Simulator simulator;
    private final WhapiDriver driver;

    private EmbeddedSimulator(Simulator simulator, WhapiDriver driver) {
        this.simulator = simulator;
        this.driver = driver;
    }

    /** A simulator whose settings the driver sets to the model's at every reset. */
    public static EmbeddedSimulator whapi(Roster roster, String transport) {
        return start(SimulatorSettings.defaults(), roster, transport, true);
    }

    /**
     * A simulator started with the given settings and left so: how a deviation is planted (the model
     * expects its own settings, the target runs with these).
     */
    public static EmbeddedSimulator whapiAsConfigured(Settings settings, Roster roster) {
        SimulatorSettings configured = SimulatorSettings.defaults()
                .withMaxCommunityMembers(settings.maxCommunityMembers())
                .withMaxLinkedGroups(settings.maxLinkedGroups())
                .withMaxGroupSize(settings.maxGroupSize())
                .withUnlinkPolicy(settings.unlinkPolicy().wire());
        return start(configured, roster, "auto", false);
    }

    private static EmbeddedSimulator start(SimulatorSettings settings, Roster roster, String transport, boolean push) {
        Simulator simulator = Simulator.start(settings.withPort(0));
        String base = simulator.baseUrl();
        return new EmbeddedSimulator(simulator,
                WhapiDriver.forSimulator(base, Transport.named(transport, base), Phonebook.forSimulator(roster), push));
    }

    public WhapiDriver driver() {
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
