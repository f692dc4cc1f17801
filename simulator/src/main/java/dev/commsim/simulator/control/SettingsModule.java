package dev.commsim.simulator.control;

import dev.commsim.simulator.http.Reply;
import dev.commsim.simulator.world.World;

/** {@code GET|PUT /_sim/settings}: the world's limits, unlink policy and auth mode. */
public final class SettingsModule implements ControlModule {
    private final World world;

    public SettingsModule(World world) {
        this.world = world;
    }

    @Override
    public void register(Tasks tasks) {
        tasks.on(ControlEndpoint.SETTINGS, call -> Reply.ok(ControlJson.settings(world.settings())));
        tasks.on(ControlEndpoint.CHANGE_SETTINGS, this::change);
    }

    private Reply change(ControlCall call) {
        SettingsUpdate.Result result = SettingsUpdate.apply(world.settings(), call.body());
        if (result.problem() != null) {
            call.body().reject(result.problem());
        }
        return call.answer(() -> {
            world.updateSettings(result.settings());
            return Reply.ok(ControlJson.settings(result.settings()));
        });
    }
}
