package dev.commsim.simulator.control;

/** A feature of the control plane: the tasks it does for its {@link ControlEndpoint}s, and what a reset forgets. */
public interface ControlModule {
    void register(Tasks tasks);

    /** Called by {@code POST /_sim/reset} after the world is cleared: forget this feature's state too. */
    default void reset() {
    }

    /** Where modules put their tasks; every endpoint of the table gets exactly one. */
    @FunctionalInterface
    interface Tasks {
        void on(ControlEndpoint endpoint, ControlTask task);
    }
}
