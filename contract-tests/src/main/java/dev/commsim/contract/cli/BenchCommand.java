package dev.commsim.contract.cli;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.driver.EmbeddedSimulator;
import dev.commsim.contract.driver.JdkTransport;
import dev.commsim.contract.driver.RestAssuredTransport;
import dev.commsim.contract.driver.Transport;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Generator;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.engine.Shrinker;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.UnlinkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Steps per second against the embedded simulator, and the time to shrink planted divergences.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--programs", defaultValue = "200", description = "Programs per measurement (default ${DEFAULT-VALUE}).")
    int programs;

    @Option(names = "--length", defaultValue = "40", description = "Steps per program (default ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
    long seed;

    /** Known divergences are steered around, so every measured program runs to its end. */
    private final CommunitySpec spec = new CommunitySpec()
            .avoiding(java.util.EnumSet.allOf(dev.commsim.contract.actions.KnownDivergence.class));

    @Override
    public Integer call() {
        System.out.printf("commsim contract kit benchmark: %d cores, java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        throughput("jdk", programs, 1);
        throughput("jdk", programs, 2);
        throughput("rest-assured", Math.max(20, programs / 4), 1);
        rawRequests();
        Settings model = Settings.small();
        shrink("unlink policy none, model expects orphans", model, model.withUnlinkPolicy(UnlinkPolicy.NONE));
        shrink("unlink policy all, model expects orphans", model, model.withUnlinkPolicy(UnlinkPolicy.ALL));
        shrink("member limit one above the model's", model,
                model.withMaxCommunityMembers(model.maxCommunityMembers() + 1));
        return 0;
    }

    private void throughput(String transport, int count, int workers) {
        List<EmbeddedSimulator> sims = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                sims.add(EmbeddedSimulator.whapi(spec.roster(), transport));
            }
            List<Target<Step, Settings>> targets = sims.stream().map(EmbeddedSimulator::driver).toList();
            Runner<Step, Settings> runner = new Runner<>(spec);
            Campaign<Step, Settings> campaign = new Campaign<>(spec, runner);
            campaign.run(Settings.small(), targets, null,
                    new Campaign.Options(seed + 1, Math.max(10, count / 5), length, null, "warmup", 1000), null);
            Campaign.Report report = campaign.run(Settings.small(), targets, null,
                    new Campaign.Options(seed, count, length, null, "bench", 1000), null);
            System.out.printf("%-13s %d worker(s) %5d programs, %6d steps in %5.2f s: %6.0f steps/s (reset, steps, "
                    + "read-back and listings included; %d failures)%n", transport, workers, report.programs(),
                    report.steps(), report.exploreMillis() / 1000.0, report.stepsPerSecond(), report.failures().size());
        } finally {
            sims.forEach(EmbeddedSimulator::close);
        }
    }

    /** The floor under the kit: bare requests to the health endpoint, per transport. */
    private void rawRequests() {
        try (EmbeddedSimulator sim = EmbeddedSimulator.whapi(spec.roster(), "jdk")) {
            for (Transport transport : List.of(new JdkTransport(sim.baseUrl()), new RestAssuredTransport(sim.baseUrl()))) {
                for (int i = 0; i < 500; i++) {
                    transport.send("GET", "/_sim/health", null, null);
                }
                int n = 3000;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    transport.send("GET", "/_sim/health", null, null);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-13s bare GET /_sim/health: %6.0f requests/s%n",
                        transport.getClass().getSimpleName(), n / seconds);
            }
        }
    }

    private void shrink(String what, Settings model, Settings simulator) {
        try (EmbeddedSimulator sim = EmbeddedSimulator.whapiAsConfigured(simulator, spec.roster())) {
            Runner<Step, Settings> runner = new Runner<>(spec);
            Generator<Step, Settings> generator = new Generator<>(spec);
            for (long programSeed : Generator.programSeeds(seed, 500)) {
                Program<Step, Settings> program = generator.program(programSeed, model, length);
                RunResult<Step> result = runner.run(program, sim.driver());
                if (!result.failed()) {
                    continue;
                }
                Shrinker.Shrunk<Step, Settings> shrunk = new Shrinker<>(runner, sim.driver())
                        .shrink(program, result.failure());
                System.out.printf("planted: %-45s %2d -> %2d steps in %4d runs, %5d ms, 1-minimal: %s%n    %s%n", what,
                        program.size(), shrunk.program().size(), shrunk.runs(), shrunk.millis(),
                        oneMinimal(runner, sim, shrunk), shrunk.result().failure().message());
                return;
            }
            System.out.printf("planted: %-45s NOT DETECTED in 500 programs%n", what);
        }
    }

    private boolean oneMinimal(Runner<Step, Settings> runner, EmbeddedSimulator sim, Shrinker.Shrunk<Step, Settings> shrunk) {
        String signature = shrunk.result().failure().signature();
        for (int i = 0; i < shrunk.program().size(); i++) {
            List<Step> fewer = new ArrayList<>(shrunk.program().steps());
            fewer.remove(i);
            Runner<Step, Settings> judge = shrunk.checkedEachStep() ? runner.checkingEachStep() : runner;
            RunResult<Step> r = judge.run(shrunk.program().withSteps(fewer), sim.driver());
            if (r.failed() && r.failure().signature().equals(signature)) {
                return false;
            }
        }
        return true;
    }
}
