package dev.commsim.contract.actions;

import dev.commsim.contract.model.CommunityModel;
import dev.commsim.contract.model.Kind;
import java.util.function.BiPredicate;

/**
 * Divergences of the simulator already reported and waiting for a fix. The project's own suites
 * steer generation around them (so that they keep finding new ones); each keeps its replay in
 * {@code fixtures/replays} marked {@code knownDivergence}, which must still fail until fixed.
 * Remove an entry when the simulator is fixed.
 */
public enum KnownDivergence {

    /**
     * R9/R3: a member of Y who is no admin changes a setting of P. The model (and the simulator's
     * own link check) see P as visible to members of Y, so 403; the simulator's settings endpoint
     * answers 404 "Specified group not found".
     */
    PARENT_SETTING_BY_MEMBER_OF_Y((model, step) -> step instanceof Step.ChangeSetting s
            && model.groupHandles(Kind.COMMUNITY_PARENT).contains(s.group())
            && !model.participants(s.group()).containsKey(s.actor())
            && model.participants(Step.announcement(s.group())).containsKey(s.actor()));

    private final BiPredicate<CommunityModel, Step> matches;

    KnownDivergence(BiPredicate<CommunityModel, Step> matches) {
        this.matches = matches;
    }

    /** Whether the step, in the model's current state, would run into this divergence. */
    public boolean matches(CommunityModel model, Step step) {
        return matches.test(model, step);
    }
}
