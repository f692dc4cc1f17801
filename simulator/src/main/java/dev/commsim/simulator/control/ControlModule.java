package dev.commsim.simulator.control;

/** A feature of the control plane that registers its own endpoints under {@code /_sim}. */
public interface ControlModule {
    void register(Routes routes);

    /** Called by {@code POST /_sim/reset} after the world is cleared: forget this feature's state too. */
    default void reset() {
    }

    /** Where modules add endpoints; paths are relative to {@code /_sim} and may hold {@code {name}} templates. */
    @FunctionalInterface
    interface Routes {
        void add(String method, String path, ControlRoute route);
    }
}
