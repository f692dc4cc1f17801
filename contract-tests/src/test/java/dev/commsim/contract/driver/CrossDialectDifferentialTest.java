package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.KnownDivergence;
import dev.commsim.contract.actions.Observation;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Differential;
import dev.commsim.contract.engine.Generator;
import dev.commsim.contract.engine.Model;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.model.Settings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The differential mode across dialects: the same programs through Whapi on one simulator and
 * through Z-API on another must leave the same worlds, and Z-API must answer what Whapi's answers
 * reduce to. Unlinking the last linked group is left out: Z-API refuses it by its own rule; so is
 * creating a group inside a community: Z-API has no such request.
 */
class CrossDialectDifferentialTest {

    @Test
    void whapiAndZapiAgreeOnTheSamePrograms() {
        CommunitySpec spec = new CommunitySpec().avoiding(EnumSet.allOf(KnownDivergence.class));
        Differential<Step, Settings> differential = new Differential<>(spec);
        Generator<Step, Settings> generator = new Generator<>(spec);
        int compared = 0;
        try (EmbeddedSimulator whapi = EmbeddedSimulator.of(Dialect.WHAPI, spec.roster(), "jdk");
             EmbeddedSimulator zapi = EmbeddedSimulator.of(Dialect.ZAPI, spec.roster(), "jdk")) {
            for (long seed : Generator.programSeeds(99, 40)) {
                Program<Step, Settings> program = generator.program(seed, Settings.small(), 40);
                Program<Step, Settings> withoutUnlinks = program.withSteps(comparable(spec, program));
                RunResult<Step> result = differential.run(withoutUnlinks, whapi.driver(), zapi.driver());
                assertThat(result.failed() ? result.failure().message() : "same").as("seed " + seed).isEqualTo("same");
                compared += withoutUnlinks.size();
            }
        }
        System.out.println("whapi and zapi agreed on " + compared + " steps");
    }

    /**
     * The steps both dialects treat alike: no unlink (Z-API keeps the last linked group), no refused
     * send (Whapi refuses at once and records nothing; Z-API records a failed message).
     */
    private static List<Step> comparable(CommunitySpec spec, Program<Step, Settings> program) {
        List<Step> kept = new ArrayList<>();
        for (Step step : program.steps()) {
            if (step instanceof Step.Unlink || step instanceof Step.CreateGroupInCommunity) {
                continue; // and no group made inside a community: Z-API has no such request
            }
            if (step instanceof Step.SendText) {
                Model<Step> probe = spec.newModel(program.settings());
                kept.forEach(probe::expect);
                if (probe.expect(step).filter(o -> o instanceof Observation.Refused).isPresent()) {
                    continue;
                }
            }
            kept.add(step);
        }
        return kept;
    }
}
