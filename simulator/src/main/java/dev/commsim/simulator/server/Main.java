package dev.commsim.simulator.server;

import dev.commsim.simulator.world.UnlinkPolicy;
import dev.commsim.simulator.world.WorldSettings;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The simulator's command line: one flag per setting, each also read from a COMMSIM_ environment variable.
 * A start that cannot go ahead (bad flag, port in use, unresolvable host, bad scenario) prints one line
 * naming the cause and exits with {@link #USAGE_ERROR}; no stack trace.
 */
@Command(name = "commsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs a local Whapi.Cloud and Z-API community simulator on one port.")
public final class Main implements Callable<Integer> {
    static final int USAGE_ERROR = 2;
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "${env:COMMSIM_HOST:-127.0.0.1}",
            description = "Address to bind (env COMMSIM_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:COMMSIM_PORT:-8080}",
            description = "Port to listen on, 0 for any free port (env COMMSIM_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-community-members", defaultValue = "${env:COMMSIM_MAX_COMMUNITY_MEMBERS:-2000}",
            description = "Members an announcement group may hold, admins included "
                    + "(env COMMSIM_MAX_COMMUNITY_MEMBERS, default ${DEFAULT-VALUE}).")
    int maxCommunityMembers;

    @Option(names = "--max-linked-groups", defaultValue = "${env:COMMSIM_MAX_LINKED_GROUPS:-50}",
            description = "Groups a community may link, its announcement group not counted "
                    + "(env COMMSIM_MAX_LINKED_GROUPS, default ${DEFAULT-VALUE}).")
    int maxLinkedGroups;

    @Option(names = "--max-group-size", defaultValue = "${env:COMMSIM_MAX_GROUP_SIZE:-1024}",
            description = "Participants of an ordinary group (env COMMSIM_MAX_GROUP_SIZE, default ${DEFAULT-VALUE}).")
    int maxGroupSize;

    @Option(names = "--unlink-policy", defaultValue = "${env:COMMSIM_UNLINK_POLICY:-orphans}",
            description = "Who leaves the announcement group on unlink: orphans, all or none "
                    + "(env COMMSIM_UNLINK_POLICY, default ${DEFAULT-VALUE}).")
    String unlinkPolicy;

    @Option(names = "--seed", defaultValue = "${env:COMMSIM_SEED:-1}",
            description = "Seed of the id generator: same seed, same requests, same ids "
                    + "(env COMMSIM_SEED, default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict-auth", defaultValue = "${env:COMMSIM_STRICT_AUTH:-false}",
            description = "Accept only channels declared through POST /_sim/channels (env COMMSIM_STRICT_AUTH).")
    boolean strictAuth;

    @Option(names = "--max-body-bytes", defaultValue = "${env:COMMSIM_MAX_BODY_BYTES:-1048576}",
            description = "Largest request body accepted; larger ones get 413 "
                    + "(env COMMSIM_MAX_BODY_BYTES, default ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--scenario", defaultValue = "${env:COMMSIM_SCENARIO}",
            description = "Scenario to load at start: a name (see GET /_sim/scenarios) or a path to a scenario file "
                    + "(env COMMSIM_SCENARIO).")
    String scenario;

    @Option(names = "--scenario-dir", defaultValue = "${env:COMMSIM_SCENARIO_DIR}",
            description = "Folder of your own scenarios (env COMMSIM_SCENARIO_DIR, default fixtures/scenarios when "
                    + "run from the project).")
    Path scenarioDirectory;

    @Option(names = "--state-file", defaultValue = "${env:COMMSIM_STATE_FILE}",
            description = "Keep the world in this file: loaded at start if it exists, saved atomically every "
                    + "--autosave-seconds and on shutdown (env COMMSIM_STATE_FILE).")
    Path stateFile;

    @Option(names = "--autosave-seconds", defaultValue = "${env:COMMSIM_AUTOSAVE_SECONDS:-30}",
            description = "Seconds between saves of --state-file, 0 to save on shutdown only "
                    + "(env COMMSIM_AUTOSAVE_SECONDS, default ${DEFAULT-VALUE}).")
    int autosaveSeconds;

    @Option(names = "--admin-token", defaultValue = "${env:COMMSIM_ADMIN_TOKEN}",
            description = "Token every /_sim/ request must carry in the X-Commsim-Admin-Token header; required "
                    + "when --host is not a loopback address (env COMMSIM_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--record-to", defaultValue = "${env:COMMSIM_RECORD_TO}",
            description = "Record mode: forward provider requests to the real provider (--upstream, --upstream-zapi) "
                    + "and append each exchange to this new file, credentials removed (env COMMSIM_RECORD_TO).")
    Path recordTo;

    @Option(names = "--upstream", defaultValue = "${env:COMMSIM_UPSTREAM}",
            description = "Record mode: where Whapi.Cloud requests go, e.g. https://gate.whapi.cloud (env COMMSIM_UPSTREAM).")
    String upstream;

    @Option(names = "--upstream-zapi", defaultValue = "${env:COMMSIM_UPSTREAM_ZAPI}",
            description = "Record mode: where Z-API requests (/instances/...) go, e.g. https://api.z-api.io "
                    + "(env COMMSIM_UPSTREAM_ZAPI).")
    String upstreamZapi;

    @Option(names = "--log-requests", defaultValue = "${env:COMMSIM_LOG_REQUESTS:-false}",
            description = "Print one line per request: time, method, path, status, microseconds "
                    + "(env COMMSIM_LOG_REQUESTS).")
    boolean logRequests;

    @Override
    public Integer call() throws InterruptedException {
        if (RecordCommand.requested(recordTo, upstream, upstreamZapi)) {
            SimulatorSettings listen;
            try {
                listen = settings();
            } catch (IllegalArgumentException e) {
                return refuse(spec.commandLine().getErr(), e.getMessage());
            }
            return RecordCommand.run(listen, recordTo, upstream, upstreamZapi, System.out, System.err);
        }
        Simulator simulator;
        Runnable restoreJmx = StartupMBeanServerBuilder.engage();
        try {
            simulator = Simulator.start(settings());
        } catch (StartupException | IllegalArgumentException e) {
            return refuse(spec.commandLine().getErr(), e.getMessage());
        } finally {
            restoreJmx.run();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "commsim-shutdown"));
        System.out.println("Commsim listening on " + simulator.baseUrl()
                + " (Whapi.Cloud at /, Z-API at /instances/{id}/token/{token}/, control plane at /_sim/)");
        stopped.await();
        return 0;
    }

    /** The flags as settings; a value out of range is an IllegalArgumentException naming it. */
    private SimulatorSettings settings() {
        UnlinkPolicy policy = UnlinkPolicy.fromWireName(unlinkPolicy).orElseThrow(() ->
                new IllegalArgumentException("--unlink-policy must be orphans, all or none, not " + unlinkPolicy));
        WorldSettings world = new WorldSettings(maxCommunityMembers, maxLinkedGroups, maxGroupSize, policy, strictAuth);
        return new SimulatorSettings(host, port, world, seed, maxBodyBytes, scenario, scenarioDirectory, stateFile,
                autosaveSeconds, adminToken, logRequests);
    }

    private static int refuse(PrintWriter err, String cause) {
        err.println("commsim: " + cause);
        err.flush();
        return USAGE_ERROR;
    }

    /**
     * A flag picocli could not take (unknown, not a number, given twice): one line instead of the whole usage
     * text, naming the environment variable when the bad value came from there.
     */
    private static int badFlag(ParameterException e, String[] args) {
        String message = e.getMessage();
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && !givenOnCommandLine(option, args)) {
            String variable = environmentVariable(option.longestName());
            if (variable != null) {
                message += " (from the environment variable " + variable + ")";
            }
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return refuse(e.getCommandLine().getErr(), message + " (see --help)");
    }

    private static boolean givenOnCommandLine(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }

    /** The COMMSIM_ variable a flag falls back on, as its declared default names it; null if none. */
    static String environmentVariable(String flag) {
        for (Field field : Main.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && Arrays.asList(option.names()).contains(flag)) {
                Matcher matcher = ENVIRONMENT.matcher(option.defaultValue());
                return matcher.find() ? matcher.group(1) : null;
            }
        }
        return null;
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setParameterExceptionHandler(Main::badFlag);
    }

    /** The Maven version the jar was built as (its manifest's Implementation-Version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"commsim " + (version == null ? "(not run from a jar: version unknown)" : version)};
        }
    }

    public static void main(String[] args) {
        Warmup.begin();
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
