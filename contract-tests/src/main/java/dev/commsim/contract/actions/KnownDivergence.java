package dev.commsim.contract.actions;

import dev.commsim.contract.model.CommunityModel;
import java.util.function.BiPredicate;

/**
 * Divergences of the simulator already reported and waiting for a fix. The project's own suites
 * steer generation around them (so that they keep finding new ones); each keeps its replay in
 * {@code fixtures/replays} marked {@code knownDivergence}, which must still fail until fixed.
 * Remove an entry when the simulator is fixed.
 */
public enum KnownDivergence {

    ; // none open: PARENT_SETTING_BY_MEMBER_OF_Y was fixed in the simulator (GroupRules sees P as R9 does)

    private final BiPredicate<CommunityModel, Step> matches;

    KnownDivergence(BiPredicate<CommunityModel, Step> matches) {
        this.matches = matches;
    }

    /** Whether the step, in the model's current state, would run into this divergence. */
    public boolean matches(CommunityModel model, Step step) {
        return matches.test(model, step);
    }
}
