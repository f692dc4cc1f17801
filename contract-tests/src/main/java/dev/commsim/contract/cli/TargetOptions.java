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
import dev.commsim.contract.driver.LiveAccount;
import dev.commsim.contract.driver.LiveWhapi;
import dev.commsim.contract.driver.LiveZapi;
import dev.commsim.contract.driver.SimControl;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the kit runs and under which settings: options shared by the subcommands. */
final class TargetOptions implements AutoCloseable {

    @Option(names = "--target", description = "Base URL of a running simulator or of a live provider "
            + "(https://gate.whapi.cloud, https://api.z-api.io: credentials from the environment, see the README), "
            + "or 'embedded' (default) to start one in-process.", defaultValue = "embedded")
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

    @Option(names = "--live", description = "Treat --target as a live provider even if it has a /_sim control plane "
            + "(no reset, no read-back, clean-up of what the run created): how to try the live path on a simulator.")
    boolean forceLive;

    /** Wraps a live target's transport (run --record-to records through it). */
    java.util.function.UnaryOperator<Transport> liveTransport = java.util.function.UnaryOperator.identity();

    /** Where the live credentials come from; a test may replace it. */
    java.util.Map<String, String> environment = System.getenv();

    private boolean openedLive;
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
        if (!forceLive && new SimControl(http).available()) {
            Phonebook book = Phonebook.forSimulator(spec.roster());
            return closedAtTheEnd(dialect == Dialect.ZAPI ? ZapiDriver.forSimulator(url, http, book, !keepTargetSettings)
                    : WhapiDriver.forSimulator(url, http, book, !keepTargetSettings));
        }
        http.close();
        String how = dialect == Dialect.ZAPI ? LiveZapi.HOW_TO_ENABLE : LiveWhapi.HOW_TO_ENABLE;
        LiveAccount live = live(url, dialect).orElseThrow(() -> new IllegalArgumentException(url
                + (forceLive ? " is taken as a live provider (--live): " : " has no /_sim control plane, so it is"
                + " taken as a live provider: ") + how));
        openedLive = true;
        return closedAtTheEnd(live.driver(liveTransport));
    }

    /** Closing a live driver is its final clean-up: every opened target is closed with these options. */
    private Target<Step, Settings> closedAtTheEnd(Target<Step, Settings> target) {
        started.add(target);
        return target;
    }

    /** Whether a target opened so far is a live provider: live runs are never shrunk there. */
    boolean openedLive() {
        return openedLive;
    }

    /** The live account at {@code url} in a dialect, when its credentials are in the environment. */
    private java.util.Optional<LiveAccount> live(String url, Dialect dialect) {
        java.util.Map<String, String> env = new java.util.HashMap<>(environment);
        if (dialect == Dialect.ZAPI) {
            return LiveZapi.fromEnvironment(env).map(account -> account.at(url));
        }
        env.put("WHAPI_BASE_URL", url); // GET /health (for the phone) goes to the same place
        return LiveWhapi.fromEnvironment(env).map(account -> account);
    }

    /** The main target's live account, when it is one (a loopback URL is a simulator unless --live). */
    private java.util.Optional<LiveAccount> live() {
        boolean local = "embedded".equals(target) || target.startsWith("http://127.0.0.1")
                || target.startsWith("http://localhost");
        return local && !forceLive ? java.util.Optional.empty() : live(target, dialect());
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : started) {
            closeable.close();
        }
    }
}
