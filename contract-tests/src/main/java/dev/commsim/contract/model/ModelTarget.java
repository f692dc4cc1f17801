package dev.commsim.contract.model;

import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Target;
import java.util.function.BiFunction;

/**
 * A target that is itself a model, possibly a deliberately wrong one: how the kit tests its own
 * generation, checking and shrinking without any server.
 */
public final class ModelTarget implements Target<Step, Settings> {

    private final BiFunction<Settings, Roster, CommunityModel> factory;
    private final Roster roster;
    private final String name;
    private CommunityModel model;

    public ModelTarget(String name, Roster roster, BiFunction<Settings, Roster, CommunityModel> factory) {
        this.name = name;
        this.roster = roster;
        this.factory = factory;
    }

    public static ModelTarget faithful(Roster roster) {
        return new ModelTarget("model", roster, CommunityModel::new);
    }

    @Override
    public void reset(Settings settings) {
        model = factory.apply(settings, roster);
    }

    @Override
    public Object apply(Step step) {
        return model.expect(step).orElseThrow(() -> new IllegalStateException("target skipped " + step));
    }

    @Override
    public Object readBack() {
        return model.view();
    }

    @Override
    public String describe() {
        return name;
    }
}
