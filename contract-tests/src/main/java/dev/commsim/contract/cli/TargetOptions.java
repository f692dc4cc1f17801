package dev.commsim.contract.cli;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.driver.ZapiDriver;
import dev.commsim.contract.actions.KnownDivergence;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.driver.Phonebook;
import dev.commsim.contract.driver.Transport;
import dev.commsim.contract.driver.WhapiDriver;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.UnlinkPolicy;
import dev.commsim.contract.driver.EmbeddedSimulator;
import dev.commsim.contract.driver.LiveWhapi;
import dev.commsim.contract.driver.SimControl;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the kit runs and under which settings: options shared by the subcommands. */
final class TargetOptions implements AutoCloseable {

    @Option(names = "--target", description = "Base URL of a running simulator, or 'embedded' (default) to start one in-process.",
            defaultValue = "embedded")
    String target;

    @Option(names = "--dialect", description = "whapi (default) or zapi.", defaultValue = "whapi")
    String dialect;

    @Option(names = "--transport", description = "jdk (java.net.http, default) or rest-assured (slower: see the bench command).",
            defaultValue = "jdk")
    String transport;

    @Option(names = "--limits", description = "small (12 members, 3 linked groups, 8 per group; default) or defaults (2000/50/1024).",
            defaultValue = "small")
    String limits;

    @Option(names = "--max-community-members", description = "Override the model's member limit.")
    Integer maxCommunityMembers;

    @Option(names = "--max-linked-groups", description = "Override the model's linked-group limit.")
    Integer maxLinkedGroups;

    @Option(names = "--max-group-size", description = "Override the model's group size limit.")
    Integer maxGroupSize;

    @Option(names = "--unlink-policy", description = "The policy the model expects: orphans (default), all, none.")
    String unlinkPolicy;

    @Option(names = "--keep-target-settings",
            description = "Do not push the model's settings to the target at each reset (to test a target as configured).")
    boolean keepTargetSettings;

    @Option(names = "--avoid-known-divergences",
            description = "Do not generate steps that run into divergences already reported (see KnownDivergence).")
    boolean avoidKnown;

    private final List<AutoCloseable> started = new ArrayList<>();

    Settings settings() {
        Settings settings = "defaults".equals(limits) ? Settings.defaults() : Settings.small();
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
            settings = settings.withUnlinkPolicy(UnlinkPolicy.of(unlinkPolicy));
        }
        return settings;
    }

    /** The people programs use: the standard roster on a simulator, the channels' own numbers live. */
    CommunitySpec spec() {
        CommunitySpec spec = live().map(l -> new CommunitySpec(l.roster())).orElseGet(CommunitySpec::new)
                .forDialect(dialect());
        return avoidKnown ? spec.avoiding(java.util.EnumSet.allOf(KnownDivergence.class)) : spec;
    }

    Dialect dialect() {
        return Dialect.of(dialect);
    }

    Target<Step, Settings> open(String url, CommunitySpec spec) {
        return open(url, spec, dialect());
    }

    Target<Step, Settings> open(String url, CommunitySpec spec, Dialect dialect) {
        if ("embedded".equals(url)) {
            EmbeddedSimulator simulator = EmbeddedSimulator.of(dialect, spec.roster(), transport);
            started.add(simulator);
            return simulator.driver();
        }
        Transport http = Transport.named(transport, url);
        if (new SimControl(http).available()) {
            Phonebook book = Phonebook.forSimulator(spec.roster());
            return dialect == Dialect.ZAPI ? ZapiDriver.forSimulator(url, http, book, !keepTargetSettings)
                    : WhapiDriver.forSimulator(url, http, book, !keepTargetSettings);
        }
        http.close();
        if (dialect == Dialect.ZAPI) {
            throw new IllegalArgumentException("live Z-API targets are not supported yet: the Z-API driver runs "
                    + "against the simulator only");
        }
        LiveWhapi live = live().orElseThrow(() -> new IllegalArgumentException(
                url + " has no /_sim control plane, so it is taken as a live provider: " + LiveWhapi.HOW_TO_ENABLE));
        return new LiveWhapi(url, live.roster(), live.phonebook()).driver();
    }

    private java.util.Optional<LiveWhapi> live() {
        if ("embedded".equals(target) || target.startsWith("http://127.0.0.1") || target.startsWith("http://localhost")) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("WHAPI_BASE_URL", target);
        return LiveWhapi.fromEnvironment(env);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : started) {
            closeable.close();
        }
    }
}
