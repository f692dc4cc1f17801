package dev.commsim.contract.cli;

import dev.commsim.contract.driver.Transport;
import dev.commsim.contract.recording.NormalisationRules;
import dev.commsim.contract.recording.RecordingVerifier;
import dev.commsim.contract.recording.VerificationReport;
import dev.commsim.simulator.record.Recording;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify-recording", mixinStandardHelpOptions = true,
        description = "Check a simulator against recorded provider traffic: load the recording's starting world, "
                + "replay every request in order, compare each answer after normalisation. Exit 0 when every "
                + "exchange is the same, 1 when any differs, 2 when the input is unusable.")
final class VerifyRecordingCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "Recording files (JSON Lines, from --record-to).")
    List<Path> files;

    @Option(names = "--target", defaultValue = "embedded",
            description = "Base URL of a running simulator (checked as it is configured), or 'embedded' (default): "
                    + "one started in-process with the settings below.")
    String target;

    @Option(names = "--rules", description = "Your own normalisation rules (JSON, the format of the built-in "
            + "normalisation-rules.json), tried before the built-in ones.")
    Path rules;

    @Option(names = "--max-community-members", description = "Embedded simulator: members of an announcement group.")
    Integer maxCommunityMembers;

    @Option(names = "--max-linked-groups", description = "Embedded simulator: linked groups per community.")
    Integer maxLinkedGroups;

    @Option(names = "--max-group-size", description = "Embedded simulator: participants of an ordinary group.")
    Integer maxGroupSize;

    @Option(names = "--unlink-policy", description = "Embedded simulator: orphans, all or none.")
    String unlinkPolicy;

    @Option(names = "--differences-only", description = "Print only the exchanges that differ or were skipped.")
    boolean differencesOnly;

    /** Where the reports go; a test may replace it. */
    java.io.PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        NormalisationRules normalisation = NormalisationRules.builtIn();
        if (rules != null) {
            try {
                normalisation = normalisation.withUserRules(rules);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --rules " + rules + ": " + e);
            }
        }
        boolean embedded = "embedded".equals(target);
        if (!embedded && (maxCommunityMembers != null || maxLinkedGroups != null || maxGroupSize != null
                || unlinkPolicy != null)) {
            throw new IllegalArgumentException("the settings options configure the embedded simulator; a running "
                    + "simulator (--target URL) is checked with its own settings");
        }
        Simulator simulator = embedded ? Simulator.start(settings()) : null;
        String base = embedded ? simulator.baseUrl() : target;
        int failing = 0;
        try (Transport http = Transport.named("jdk", base)) {
            if (!embedded && http.send("GET", "/_sim/health", null, null).status() != 200) {
                throw new IllegalArgumentException(target + " has no /_sim/health: verify-recording needs a simulator");
            }
            RecordingVerifier verifier = new RecordingVerifier(normalisation);
            for (Path file : files) {
                Recording recording;
                try {
                    recording = Recording.read(file);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + file + ": " + e);
                }
                VerificationReport report = verifier.verify(recording, file.toString(), http,
                        embedded ? "an embedded simulator (" + describe(settings()) + ")" : target);
                if (differencesOnly) {
                    report = report.onlyDifferences();
                }
                report.print(out);
                failing += report.passed() ? 0 : 1;
            }
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
        return failing == 0 ? 0 : 1;
    }

    private static String describe(SimulatorSettings settings) {
        return settings.world().maxCommunityMembers() + " members, " + settings.world().maxLinkedGroups()
                + " linked groups, " + settings.world().maxGroupSize() + " per group, unlink "
                + settings.world().unlinkPolicy().wireName();
    }

    private SimulatorSettings settings() {
        SimulatorSettings settings = SimulatorSettings.defaults().withPort(0);
        if (maxCommunityMembers != null) {
            settings = settings.withMaxCommunityMembers(maxCommunityMembers);
        }
        if (maxLinkedGroups != null) {
            settings = settings.withMaxLinkedGroups(maxLinkedGroups);
        }
        if (maxGroupSize != null) {
            settings = settings.withMaxGroupSize(maxGroupSize);
        }
        if (unlinkPolicy != null) {
            settings = settings.withUnlinkPolicy(unlinkPolicy);
        }
        return settings;
    }
}
